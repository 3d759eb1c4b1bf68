using System.Net;
using BlazorRegistry.App.Security;

namespace BlazorRegistry.Tests.Web.Security;

/// <summary>Whose bucket a request counts in (issue #12, point 6): one IPv6 subscriber is one /64, not 2^64 buckets.</summary>
public class ClientAddressLimitKey
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void OneBucketPerIPv4AddressOrIPv6Network(string address, string key) =>
        Assert.Equal(key, ClientAddress.LimitKey(IPAddress.Parse(address)));
}
