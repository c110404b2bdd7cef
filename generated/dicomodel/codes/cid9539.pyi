"""CID 9539 Fractionation-based Effective Dose Method Modifier.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1249.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Equivalent2GrayFractionsModel: _Final[_groups.Cid9539Code]
LinearQuadraticModel: _Final[_groups.Cid9539Code]
LinearQuadraticModelWithTimeFactor: _Final[_groups.Cid9539Code]
LinearQuadraticLinearModel: _Final[_groups.Cid9539Code]
LinearQuadraticModelForLowDoseRateBrachytherapy: _Final[_groups.Cid9539Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9539Code]]
