"""OSC Desktop: records, beds, court hearings and registers for a One Stop Centre."""

__version__ = "0.1.0"
