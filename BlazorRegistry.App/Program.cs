using BlazorRegistry.App;

var builder = WebApplication.CreateBuilder(args);
builder.AddRegistryApp();

var app = builder.Build();
await app.InitializeRegistryAsync();
app.UseRegistryApp();
app.Run();
