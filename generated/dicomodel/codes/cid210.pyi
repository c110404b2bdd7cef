"""CID 210 Qualitative Evaluation Modifier Type.

Extensible, version 20190524, UID 1.2.840.10008.6.1.1285.

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
Laterality: _Final[_groups.Cid210Code]
TopographicalModifier: _Final[_groups.Cid210Code]
MEMBERS: _Final[tuple[_groups.Cid210Code, ...]]
