"""CID 646 Preclinical Small Animal Imaging Procedure.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1111.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

WholeBodyCT: _Final[_groups.Cid646Code]
HeadCT: _Final[_groups.Cid646Code]
MRIWholeBody: _Final[_groups.Cid646Code]
BrainMRI: _Final[_groups.Cid646Code]
PETWholeBody: _Final[_groups.Cid646Code]
BrainPET: _Final[_groups.Cid646Code]
RadionuclideScanOfWholeBody: _Final[_groups.Cid646Code]
RadionuclideBrainScan: _Final[_groups.Cid646Code]
SPECTOfWholeBody: _Final[_groups.Cid646Code]
BrainSPECT: _Final[_groups.Cid646Code]
SPECTCTOfWholeBody: _Final[_groups.Cid646Code]
UltrasonographyOfTotalBody: _Final[_groups.Cid646Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid646Code]]
