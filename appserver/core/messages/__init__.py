"""Server messages and field labels per business module: key -> (English, 简体中文)."""
