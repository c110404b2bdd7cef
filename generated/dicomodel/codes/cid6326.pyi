"""CID 6326 Image Quality Control Standard.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1383.
Includes CID 6353, CID 6045.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

InstitutionallyDefinedQualityControlStandard: _Final[_groups.Cid6326Code]
ESUR2012ProstateMRIAcquisitionRequirements: _Final[_groups.Cid6326Code]
PIRADS2Point0ProstateMRIAcquisitionRequirements: _Final[_groups.Cid6326Code]
PIRADS2Point1ProstateMRIAcquisitionRequirements: _Final[_groups.Cid6326Code]
MammographyQualityControlManual1999ACR: _Final[_groups.Cid6326Code]
Title21CFRSection900SubpartB: _Final[_groups.Cid6326Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6326Code]]
