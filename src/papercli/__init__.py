"""papercli: a command-line reading list for research papers."""

__version__ = "0.1.0"
