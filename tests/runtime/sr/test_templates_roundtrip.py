"""dicomodel.templates both ways: TID 1500 built, written as Comprehensive 3D SR, read by
highdicom with the same measurements, and read back into the same typed object."""

from __future__ import annotations

import highdicom as hd

from dicomodel.sr.content import from_dataset
from dicomodel.sr.document import COMPREHENSIVE_3D_SR, root_template, sr_dataset
from dicomodel.templates import tid1500
from tests.runtime.sr.conftest import TRACKING_UID, measurement_report, written


def test_highdicom_reads_the_measurement_report_with_the_same_measurement() -> None:
    dataset = sr_dataset(measurement_report(), patient_id="P1", patient_name="Doe^John")
    document = hd.sr.srread(written(dataset))
    assert isinstance(document, hd.sr.Comprehensive3DSR)
    assert document.SOPClassUID == COMPREHENSIVE_3D_SR
    report = hd.sr.MeasurementReport.from_sequence([document])
    (group,) = report.get_planar_roi_measurement_groups()
    assert group.tracking_uid == TRACKING_UID
    assert group.roi is not None
    assert group.roi.GraphicType == "POLYLINE"
    (measurement,) = group.get_measurements()
    assert (measurement.name.value, measurement.name.scheme_designator) == ("42798000", "SCT")
    assert measurement.value == 40.5
    assert measurement.unit.value == "mm2"


def test_the_typed_report_reads_back_equal() -> None:
    report = measurement_report()
    dataset = sr_dataset(report)
    document = hd.sr.srread(written(dataset))
    assert root_template(document) == "1500"
    back = tid1500.MeasurementReport.from_items([from_dataset(document)])
    assert back == report
    group = back.imaging_measurements.planar_roi_measurements_and_qualitative_evaluations[0]  # type: ignore[union-attr]
    assert group.roi_measurements is not None
    assert group.roi_measurements.measurement[0].value.value == 40.5


def test_a_highdicom_report_reads_into_the_typed_model(highdicom_sr: object) -> None:
    report = tid1500.MeasurementReport.from_items([from_dataset(highdicom_sr)])  # type: ignore[arg-type]
    measurements = report.imaging_measurements
    assert measurements is not None
    (planar,) = measurements.planar_roi_measurements_and_qualitative_evaluations
    assert planar.tracking_unique_identifier == TRACKING_UID
    assert len(measurements.volumetric_roi_measurements_and_qualitative_evaluations) == 1
    assert len(measurements.measurement_and_qualitative_evaluation_group) == 1


def test_every_template_module_imports_and_its_annotations_resolve() -> None:
    import importlib
    import pkgutil
    import typing

    import dicomodel.templates as package
    from dicomodel.sr.parts import TemplatePart, _namespace
    from dicomodel.sr.template import TemplateDef

    modules = [
        importlib.import_module(f"dicomodel.templates.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ]
    classes = [
        value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, TemplatePart)
        and value.__module__ == module.__name__
    ]
    for cls in classes:
        assert typing.get_type_hints(cls, localns=_namespace(cls))
    assert all(isinstance(module.TEMPLATE, TemplateDef) for module in modules)
    assert (len(modules), len(classes)) == (410, 901)


def test_the_written_report_is_a_valid_comprehensive_3d_sr() -> None:
    import dicomodel
    from dicomodel.errors import Severity

    document = hd.sr.srread(written(sr_dataset(measurement_report())))
    issues = dicomodel.validate(document)
    assert [str(i) for i in issues if i.severity is Severity.ERROR] == []
    assert any(i.path.startswith("TID 1500 row 1") for i in issues)  # the template was walked
