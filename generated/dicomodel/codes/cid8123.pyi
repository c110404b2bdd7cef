"""CID 8123 Microscopy Illumination Method.

Extensible, version 20100824, UID 1.2.840.10008.6.1.900.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TransmissionIllumination: _Final[_groups.Cid8123Code]
ReflectionIllumination: _Final[_groups.Cid8123Code]
EpifluorescenceIllumination: _Final[_groups.Cid8123Code]
BrightfieldIllumination: _Final[_groups.Cid8123Code]
DarkfieldIllumination: _Final[_groups.Cid8123Code]
ObliqueIllumination: _Final[_groups.Cid8123Code]
PhaseContrastIllumination: _Final[_groups.Cid8123Code]
DifferentialInterferenceContrast: _Final[_groups.Cid8123Code]
TotalInternalReflectionFluorescence: _Final[_groups.Cid8123Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8123Code]]
