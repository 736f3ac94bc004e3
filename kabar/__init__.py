"""The kabar command line."""
