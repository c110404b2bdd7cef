"""CID 10032 Projection X-Ray Acquisition Device Type.

Extensible, version 20120406, UID 1.2.840.10008.6.1.961.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FluoroscopyGuidedProjectionRadiographySystem: _Final[_groups.Cid10032Code]
IntegratedProjectionRadiographySystem: _Final[_groups.Cid10032Code]
CassetteBasedProjectionRadiographySystem: _Final[_groups.Cid10032Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10032Code]]
