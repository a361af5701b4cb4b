"""PMIS application server (the convergence layer)."""

__version__ = "0.1.0"
