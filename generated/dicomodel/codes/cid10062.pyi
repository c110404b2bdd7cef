"""CID 10062 Equivalent Radiation Dose Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1156.

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
MaximumEquivalentRadiationDose: _Final[_groups.Cid10062Code]
MinimumEquivalentRadiationDose: _Final[_groups.Cid10062Code]
MeanEquivalentRadiationDose: _Final[_groups.Cid10062Code]
ModeEquivalentRadiationDose: _Final[_groups.Cid10062Code]
MedianEquivalentRadiationDose: _Final[_groups.Cid10062Code]
MEMBERS: _Final[tuple[_groups.Cid10062Code, ...]]
