"""The wire contract between client and app server.

Standard library only: the client imports this package and nothing else of ``appserver``.
"""
