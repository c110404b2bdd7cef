"""CID 69 Imaging Agent Administration Consumable.

Extensible, version 20220922, UID 1.2.840.10008.6.1.1259.

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
Syringe: _Final[_groups.Cid69Code]
Catheter: _Final[_groups.Cid69Code]
Tube: _Final[_groups.Cid69Code]
Needle: _Final[_groups.Cid69Code]
Bottle: _Final[_groups.Cid69Code]
MEMBERS: _Final[tuple[_groups.Cid69Code, ...]]
