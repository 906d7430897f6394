"""İcra: track and report the implementation of national action plans."""

__version__ = "0.1.0"
