"""CID 10005 X-Ray Radiation Dose Procedure Type Reported.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1477.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PlainRadiography: _Final[_groups.Cid10005Code]
Mammography: _Final[_groups.Cid10005Code]
Fluoroscopy: _Final[_groups.Cid10005Code]
FluoroscopyAndRadiography: _Final[_groups.Cid10005Code]
ComputedTomography: _Final[_groups.Cid10005Code]
ConeBeamComputedTomography: _Final[_groups.Cid10005Code]
DualEnergyXRayAbsorptiometry: _Final[_groups.Cid10005Code]
DentalRadiography: _Final[_groups.Cid10005Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10005Code]]
