"""CID 3820 Non-invasive Vascular Procedure.

Extensible, version 20220922, UID 1.2.840.10008.6.1.276.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

VascularMRI: _Final[_groups.Cid3820Code]
CardiacMRI: _Final[_groups.Cid3820Code]
CardiovascularCT: _Final[_groups.Cid3820Code]
CTOfAbdominalAorta: _Final[_groups.Cid3820Code]
CTOfAbdominalAortaWithoutContrast: _Final[_groups.Cid3820Code]
CTArteriographyOfAbdominalAortaWithContrast: _Final[_groups.Cid3820Code]
TrunkAngiography: _Final[_groups.Cid3820Code]
PeripheralAngiography: _Final[_groups.Cid3820Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3820Code]]
