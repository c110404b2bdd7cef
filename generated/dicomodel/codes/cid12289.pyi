"""CID 12289 Cardiac Ultrasound Semilunar Valve, Annulus and Sinus Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.869.

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
AorticValve: _Final[_groups.Cid12289Code]
RootOfAorta: _Final[_groups.Cid12289Code]
PulmonicValve: _Final[_groups.Cid12289Code]
TruncalValveStructure: _Final[_groups.Cid12289Code]
NeoaorticValve: _Final[_groups.Cid12289Code]
NeoaorticRoot: _Final[_groups.Cid12289Code]
MEMBERS: _Final[tuple[_groups.Cid12289Code, ...]]
