using System.Resources;

// Kazakh is the register's first language: a culture without resources of its own falls back to the
// Kazakh satellite, not to a neutral English set (there is none).
[assembly: NeutralResourcesLanguage("kk", UltimateResourceFallbackLocation.Satellite)]
