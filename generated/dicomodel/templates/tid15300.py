"""TID 15300 RT Prescription Annotation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "RTPrescriptionAnnotation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15300",
    name="RT Prescription Annotation",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130022", "Radiation Characteristics Note"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130023", "Beam Shaping Note"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130024", "Treatment Planning Note"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130025", "Special Procedure Note"),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130026", "Patient Positioning Note"),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130028", "Patient Setup Note"),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130029", "Previous Treatment Note"),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130030", "Planning Imaging Note"),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130031", "Delivery Verification Note"),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130032", "Simulation Note"),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "130033", "Radiation Therapy Particle"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "9525"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "130037", "Ion Therapy Particle"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "9526"),),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "130038", "Brachytherapy Isotope"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "9528"),),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "130040", "Teletherapy Isotope"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "9527"),),
        ),
        RowDef(
            key="15",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130034", "RT Beam Energy"),
            vm_min=1,
            vm_max=None,
            units=(("cid", "D", "9521"),),
        ),
        RowDef(
            key="16",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "130035", "Patient Positioning Procedure Note"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "9242"),),
        ),
        RowDef(
            key="17",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130036", "QA Process Note"),
        ),
        RowDef(
            key="18",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130027", "4D Radiation Treatment Note"),
        ),
        RowDef(
            key="19",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130039", "Adaptive Radiation Therapy Note"),
        ),
    ),
)


@dataclass(kw_only=True)
class RTPrescriptionAnnotation(TemplatePart):
    """TID 15300 RT Prescription Annotation."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    radiation_characteristics_note: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: TEXT EV (130022, DCM, \"Radiation Characteristics Note\"), VM 1, U"""

    beam_shaping_note: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (130023, DCM, \"Beam Shaping Note\"), VM 1, U"""

    treatment_planning_note: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (130024, DCM, \"Treatment Planning Note\"), VM 1, U"""

    special_procedure_note: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (130025, DCM, \"Special Procedure Note\"), VM 1, U"""

    patient_positioning_note: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (130026, DCM, \"Patient Positioning Note\"), VM 1, U"""

    patient_setup_note: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (130028, DCM, \"Patient Setup Note\"), VM 1, U"""

    previous_treatment_note: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (130029, DCM, \"Previous Treatment Note\"), VM 1, U"""

    planning_imaging_note: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT EV (130030, DCM, \"Planning Imaging Note\"), VM 1, U"""

    delivery_verification_note: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: TEXT EV (130031, DCM, \"Delivery Verification Note\"), VM 1, U"""

    simulation_note: str | None = field(default=None, metadata={"row": "10"})
    """Row 10: TEXT EV (130032, DCM, \"Simulation Note\"), VM 1, U"""

    radiation_therapy_particle: list[groups.Cid9525Code | Code] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: CODE DT (130033, DCM, \"Radiation Therapy Particle\"), VM 1-n, U; values BCID 9525"""

    ion_therapy_particle: list[groups.Cid9526Code | Code] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: CODE DT (130037, DCM, \"Ion Therapy Particle\"), VM 1-n, U; values BCID 9526"""

    brachytherapy_isotope: list[groups.Cid9528Code | Code] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: CODE DT (130038, DCM, \"Brachytherapy Isotope\"), VM 1-n, U; values BCID 9528"""

    teletherapy_isotope: list[groups.Cid9527Code | Code] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: CODE DT (130040, DCM, \"Teletherapy Isotope\"), VM 1-n, U; values BCID 9527"""

    rt_beam_energy: list[Num] = field(default_factory=no_items, metadata={"row": "15"})
    """Row 15: NUM DT (130034, DCM, \"RT Beam Energy\"), VM 1-n, U; units DCID 9521"""

    patient_positioning_procedure_note: list[groups.Cid9242Code | Code] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: CODE DT (130035, DCM, \"Patient Positioning Procedure Note\"), VM 1-n, U; values BCID 9242"""

    qa_process_note: str | None = field(default=None, metadata={"row": "17"})
    """Row 17: TEXT EV (130036, DCM, \"QA Process Note\"), VM 1, U"""

    row_4d_radiation_treatment_note: str | None = field(default=None, metadata={"row": "18"})
    """Row 18: TEXT EV (130027, DCM, \"4D Radiation Treatment Note\"), VM 1, U"""

    adaptive_radiation_therapy_note: str | None = field(default=None, metadata={"row": "19"})
    """Row 19: TEXT EV (130039, DCM, \"Adaptive Radiation Therapy Note\"), VM 1, U"""
