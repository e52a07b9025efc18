"""matchwise: networking tracker and program selection for the US residency Match."""

__version__ = "0.1.0"
