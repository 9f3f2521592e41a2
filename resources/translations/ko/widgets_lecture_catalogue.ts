<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>LectureCatalogue</name>
    <message>
        <source>Question board</source>
        <translation>질문 게시판</translation>
    </message>
    <message>
        <source>There are no lectures on this topic yet. Ask your question on the board.</source>
        <translation>이 주제의 강의는 아직 없습니다. 질문 게시판에 질문을 남겨 주세요.</translation>
    </message>
</context>
<context>
    <name>LectureTile</name>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
</context>
</TS>
