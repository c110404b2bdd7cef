"""CID 12006 Fetal Long Bones Biometry Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.555.

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
HumerusLength: _Final[_groups.Cid12006Code]
RadiusLength: _Final[_groups.Cid12006Code]
UlnaLength: _Final[_groups.Cid12006Code]
TibiaLength: _Final[_groups.Cid12006Code]
FibulaLength: _Final[_groups.Cid12006Code]
ClavicleLength: _Final[_groups.Cid12006Code]
FemurLength: _Final[_groups.Cid12006Code]
MEMBERS: _Final[tuple[_groups.Cid12006Code, ...]]
