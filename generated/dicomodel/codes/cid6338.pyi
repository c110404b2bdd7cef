"""CID 6338 mpMRI Benign Prostate Abnormality from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1395.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BenignProstateHyperplasia: _Final[_groups.Cid6338Code]
Hemorrhage: _Final[_groups.Cid6338Code]
Cyst: _Final[_groups.Cid6338Code]
PathologicCalcification: _Final[_groups.Cid6338Code]
Prostatitis: _Final[_groups.Cid6338Code]
Atrophy: _Final[_groups.Cid6338Code]
Fibrosis: _Final[_groups.Cid6338Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6338Code]]
