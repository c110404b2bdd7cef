"""CID 10041 Source of Radioisotope Activity Information.

Extensible, version 20140419, UID 1.2.840.10008.6.1.973.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DoseCalibrator: _Final[_groups.Cid10041Code]
InfusionSystem: _Final[_groups.Cid10041Code]
RadioisotopeGenerator: _Final[_groups.Cid10041Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10041Code]]
