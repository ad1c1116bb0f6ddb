"""press: the translation and publication workflow of a trilingual press office."""

__version__ = "0.1.0"
