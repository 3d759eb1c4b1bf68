#!/bin/sh
# The browsers stand in for administrators on their own machines: below the server in CPU priority.
exec nice -n 19 /usr/bin/chromium "$@"
