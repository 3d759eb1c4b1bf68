namespace BlazorRegistry.Core.Register;

/// <summary>Who is looking at the register: the public sees consented fields only, staff see all (Order 21, cl. 5).</summary>
public enum RegisterAudience
{
    Public,
    Staff,
}
