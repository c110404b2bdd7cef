"""CID 4050 Drug or Contrast Agent Characteristic.

Extensible, version 20070124, UID 1.2.840.10008.6.1.313.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
ActiveIngredient: _Final[_groups.Cid4050Code]
ActiveIngredientUndilutedConcentration: _Final[_groups.Cid4050Code]
ContrastBolusIngredientOpaque: _Final[_groups.Cid4050Code]
Volume: _Final[_groups.Cid4050Code]
MEMBERS: _Final[tuple[_groups.Cid4050Code, ...]]
