"""Calendars beside the Gregorian one: :mod:`~bn_datetime.calendars.bangla_calendar`
(Bangladesh's revised and West Bengal's calendars), :mod:`~bn_datetime.calendars.hijri`
and :mod:`~bn_datetime.calendars.calendar_grid` (a month at a glance)."""
