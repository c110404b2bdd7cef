"""CID 2 Anatomic Modifier.

Extensible, version 20190118, UID 1.2.840.10008.6.1.1.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Right: _Final[_groups.Cid2Code]
Left: _Final[_groups.Cid2Code]
Bilateral: _Final[_groups.Cid2Code]
Unilateral: _Final[_groups.Cid2Code]
Lateral: _Final[_groups.Cid2Code]
Median: _Final[_groups.Cid2Code]
Anterior: _Final[_groups.Cid2Code]
Posterior: _Final[_groups.Cid2Code]
Cephalic: _Final[_groups.Cid2Code]
Caudal: _Final[_groups.Cid2Code]
Medial: _Final[_groups.Cid2Code]
Central: _Final[_groups.Cid2Code]
Peripheral: _Final[_groups.Cid2Code]
External: _Final[_groups.Cid2Code]
Internal: _Final[_groups.Cid2Code]
Intermediate: _Final[_groups.Cid2Code]
Inferior: _Final[_groups.Cid2Code]
Superior: _Final[_groups.Cid2Code]
Transverse: _Final[_groups.Cid2Code]
Proximal: _Final[_groups.Cid2Code]
Distal: _Final[_groups.Cid2Code]
Postaxial: _Final[_groups.Cid2Code]
Preaxial: _Final[_groups.Cid2Code]
Apical: _Final[_groups.Cid2Code]
Basal: _Final[_groups.Cid2Code]
Afferent: _Final[_groups.Cid2Code]
Efferent: _Final[_groups.Cid2Code]
Coronal: _Final[_groups.Cid2Code]
Superficial: _Final[_groups.Cid2Code]
Deep: _Final[_groups.Cid2Code]
Horizontal: _Final[_groups.Cid2Code]
Longitudinal: _Final[_groups.Cid2Code]
Vertical: _Final[_groups.Cid2Code]
Sagittal: _Final[_groups.Cid2Code]
Axial: _Final[_groups.Cid2Code]
ExtraArticular: _Final[_groups.Cid2Code]
Surface: _Final[_groups.Cid2Code]
Gutter: _Final[_groups.Cid2Code]
Hilar: _Final[_groups.Cid2Code]
Capsular: _Final[_groups.Cid2Code]
Subcapsular: _Final[_groups.Cid2Code]
Edge: _Final[_groups.Cid2Code]
Anterolateral: _Final[_groups.Cid2Code]
Posterolateral: _Final[_groups.Cid2Code]
IntraArticular: _Final[_groups.Cid2Code]
Marginal: _Final[_groups.Cid2Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid2Code]]
