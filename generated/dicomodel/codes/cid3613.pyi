"""CID 3613 Hemodynamic Time Measurement.

Extensible, version 20030327, UID 1.2.840.10008.6.1.163.

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
RRInterval: _Final[_groups.Cid3613Code]
Tau: _Final[_groups.Cid3613Code]
LeftVentricularEjectionTime: _Final[_groups.Cid3613Code]
LeftVentricularFillingTime: _Final[_groups.Cid3613Code]
RightVentricularEjectionTime: _Final[_groups.Cid3613Code]
RightVentricularFillingTime: _Final[_groups.Cid3613Code]
IndicatorMeanTransitTime: _Final[_groups.Cid3613Code]
MEMBERS: _Final[tuple[_groups.Cid3613Code, ...]]
