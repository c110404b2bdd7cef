"""Subcommands of ``dicomodel-gen``: each module exposes ``register(subparsers)``."""
