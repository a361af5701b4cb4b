"""The client core: gateway, task runner, error dialogs, main window."""
