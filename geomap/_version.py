"""The version, on the ground floor: any module may import it without loading the package."""

__version__ = "0.1.0"
