"""CID 12288 Cardiac Ultrasound Outflow Tract Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.868.

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
LeftVentricle: _Final[_groups.Cid12288Code]
RightVentricle: _Final[_groups.Cid12288Code]
RastelliInterventricularTunnel: _Final[_groups.Cid12288Code]
RightVentricleToPulmonaryArteryConduitAnastomosis: _Final[_groups.Cid12288Code]
LeftVentricleToPulmonaryArteryConduitAnastomosis: _Final[_groups.Cid12288Code]
AorticValve: _Final[_groups.Cid12288Code]
PulmonicValve: _Final[_groups.Cid12288Code]
MEMBERS: _Final[tuple[_groups.Cid12288Code, ...]]
