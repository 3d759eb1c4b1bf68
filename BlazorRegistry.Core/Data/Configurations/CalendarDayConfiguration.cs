using BlazorRegistry.Core.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorRegistry.Core.Data.Configurations;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.HasKey(x => x.Date);
        b.Property(x => x.Note).HasMaxLength(CalendarDay.MaxNoteLength);
    }
}
