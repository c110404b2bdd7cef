"""CID 9529 Single Dose Dosimetric Objective.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1239.

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
MinimumSurfaceRadiationDose: _Final[_groups.Cid9529Code]
MaximumSurfaceRadiationDose: _Final[_groups.Cid9529Code]
MinimumRadiationDose: _Final[_groups.Cid9529Code]
MaximumRadiationDose: _Final[_groups.Cid9529Code]
MinimumMeanRadiationDose: _Final[_groups.Cid9529Code]
MaximumMeanRadiationDose: _Final[_groups.Cid9529Code]
MinimumEquivalentUniformDose: _Final[_groups.Cid9529Code]
MaximumEquivalentUniformDose: _Final[_groups.Cid9529Code]
PrescriptionRadiationDose: _Final[_groups.Cid9529Code]
MEMBERS: _Final[tuple[_groups.Cid9529Code, ...]]
