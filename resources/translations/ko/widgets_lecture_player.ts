<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>LecturePlayerPage</name>
    <message>
        <source>◀◀ 10 s</source>
        <translation>◀◀ 10초</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>10초 뒤로</translation>
    </message>
    <message>
        <source>10 s ▶▶</source>
        <translation>10초 ▶▶</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>10초 앞으로</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>소리 작게</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>소리 크게</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>질문하기</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>전체 화면 끝내기</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 일시 정지</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 재생</translation>
    </message>
    <message>
        <source>Volume %1%</source>
        <translation>소리 크기 %1%</translation>
    </message>
    <message>
        <source>Subtitles: on</source>
        <translation>자막: 켜짐</translation>
    </message>
    <message>
        <source>Subtitles: off</source>
        <translation>자막: 꺼짐</translation>
    </message>
    <message>
        <source>Videos cannot be played on this kiosk right now. Please ask staff for help.</source>
        <translation>지금 이 키오스크에서는 영상을 볼 수 없습니다. 직원에게 도움을 요청해 주세요.</translation>
    </message>
    <message>
        <source>This lecture&apos;s video file is missing. Please choose another lecture or ask staff.</source>
        <translation>이 강의의 영상 파일이 없습니다. 다른 강의를 고르거나 직원에게 물어보세요.</translation>
    </message>
    <message>
        <source>This lecture&apos;s video cannot be played. Please choose another lecture or ask staff.</source>
        <translation>이 강의 영상은 재생할 수 없습니다. 다른 강의를 고르거나 직원에게 물어보세요.</translation>
    </message>
    <message>
        <source>The video stopped. Tap Play to try again, or ask staff for help.</source>
        <translation>영상이 멈췄습니다. 재생을 눌러 다시 시도하거나 직원에게 도움을 요청해 주세요.</translation>
    </message>
</context>
</TS>
