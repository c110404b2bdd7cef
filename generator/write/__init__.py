"""Writing: format the rendered files and make ``generated/`` equal to them."""
