using BlazorRegistry.App;

var builder = WebApplication.CreateBuilder(args);
builder.AddRegistryApp();

var app = builder.Build();
await app.InitializeRegistryAsync();

// dotnet run --project BlazorRegistry.App -- seed-demo --specialists 100000
if (args.FirstOrDefault() == "seed-demo")
{
    await app.SeedDemoDataAsync(args);
    return;
}

app.UseRegistryApp();
app.Run();
