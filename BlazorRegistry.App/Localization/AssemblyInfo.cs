using System.Resources;

// Kazakh is the register's first language: a culture without resources of its own falls back to the
// Kazakh satellite, not to a neutral English set (there is none). An attribute takes only a constant,
// so this repeats Core's Languages.Default; a localization test checks that the two agree.
[assembly: NeutralResourcesLanguage("kk", UltimateResourceFallbackLocation.Satellite)]
