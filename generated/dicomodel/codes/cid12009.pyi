"""CID 12009 Early Gestation Biometry Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.558.

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
CrownRumpLength: _Final[_groups.Cid12009Code]
GestationalSacDiameter: _Final[_groups.Cid12009Code]
SpineLength: _Final[_groups.Cid12009Code]
YolkSacLength: _Final[_groups.Cid12009Code]
NuchalTranslucency: _Final[_groups.Cid12009Code]
MEMBERS: _Final[tuple[_groups.Cid12009Code, ...]]
