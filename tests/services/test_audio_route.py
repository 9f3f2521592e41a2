"""Earphones (K17): a headphone output appearing in the device list is noticed, once."""

from __future__ import annotations

from kiosk.services.audio_route import AudioRoute, headphones_appeared, is_headphone


def test_headphone_outputs_are_recognised_by_name() -> None:
    assert is_headphone("Built-in Audio Headphones")
    assert is_headphone("USB Headset Analog Stereo")
    assert is_headphone("이어폰")
    assert not is_headphone("Built-in Audio Analog Stereo")
    assert not is_headphone("HDMI / DisplayPort 1 Output")


def test_only_a_new_headphone_output_counts() -> None:
    speaker = "Built-in Audio Analog Stereo"
    assert headphones_appeared([speaker], [speaker, "USB Headset"])
    assert not headphones_appeared([speaker, "USB Headset"], [speaker, "USB Headset"])
    assert not headphones_appeared([speaker], [speaker, "HDMI Output"])
    assert not headphones_appeared([speaker, "USB Headset"], [speaker])


def test_the_route_signals_when_earphones_are_plugged_in(qapp, qtbot) -> None:
    outputs = ["Built-in Audio Analog Stereo"]
    route = AudioRoute(lambda: list(outputs))
    seen: list[bool] = []
    route.headphones_connected.connect(lambda: seen.append(True))
    outputs.append("HDMI Output")
    route.outputs_changed()
    assert seen == []
    outputs.append("USB Headset Analog Stereo")
    with qtbot.waitSignal(route.headphones_connected, timeout=1000):
        route.outputs_changed()
    route.outputs_changed()  # the same list again: nothing new
    outputs.remove("USB Headset Analog Stereo")
    route.outputs_changed()
    assert seen == [True]
