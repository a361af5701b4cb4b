"""PMIS desktop client (the user layer)."""
