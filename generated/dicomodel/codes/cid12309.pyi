"""CID 12309 Core Echo Strain Measurement.

Non-extensible, version 20211112, UID 1.2.840.10008.6.1.1426.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LVEndSystolicGLSMultiviewMeanEndocardial: _Final[_groups.Cid12309Code]
LVEndSystolicGLS4CHEndocardial: _Final[_groups.Cid12309Code]
LVEndSystolicGLS2CHEndocardial: _Final[_groups.Cid12309Code]
LVEndSystolicGLSALAXEndocardial: _Final[_groups.Cid12309Code]
LVEndSystolicMechanicalDispersion: _Final[_groups.Cid12309Code]
LVPeakSystolicGLSMultiviewMeanEndocardial: _Final[_groups.Cid12309Code]
LVPeakSystolicGLS4CHEndocardial: _Final[_groups.Cid12309Code]
LVPeakSystolicGLS2CHEndocardial: _Final[_groups.Cid12309Code]
LVPeakSystolicGLSALAXEndocardial: _Final[_groups.Cid12309Code]
LVPeakGLSMultiviewMeanEndocardial: _Final[_groups.Cid12309Code]
LVPeakGLS4CHEndocardial: _Final[_groups.Cid12309Code]
LVPeakGLS2CHEndocardial: _Final[_groups.Cid12309Code]
LVPeakGLSALAXEndocardial: _Final[_groups.Cid12309Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12309Code]]
