"""Static typing: what checkers and IDEs see of the generated package."""
