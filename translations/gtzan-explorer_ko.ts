<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GTZAN Explorer</source>
        <translation>GTZAN 탐색기</translation>
    </message>
    <message>
        <source>Open an audio file to see its mel spectrogram (File &gt; Open, Ctrl+O). The data set browser, playback and training are not there yet.</source>
        <translation>오디오 파일을 열면 멜 스펙트로그램을 볼 수 있습니다(파일 &gt; 열기, Ctrl+O). 데이터 세트 탐색, 재생, 학습 기능은 아직 없습니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open audio file...</source>
        <translation>오디오 파일 열기(&amp;O)...</translation>
    </message>
    <message>
        <source>Open audio file</source>
        <translation>오디오 파일 열기</translation>
    </message>
    <message>
        <source>Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3)</source>
        <translation>오디오 파일 (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Computing the spectrogram of %1...</source>
        <translation>%1의 스펙트로그램을 계산하는 중...</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot open audio</source>
        <translation>오디오를 열 수 없음</translation>
    </message>
    <message>
        <source>Level (dB)</source>
        <translation>레벨 (dB)</translation>
    </message>
    <message>
        <source>%1: %2 mel bands x %3 frames</source>
        <translation>%1: 멜 밴드 %2개 × 프레임 %3개</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
</context>
<context>
    <name>SpectrogramView</name>
    <message>
        <source>Time (s)</source>
        <translation>시간 (초)</translation>
    </message>
    <message>
        <source>Mel band</source>
        <translation>멜 밴드</translation>
    </message>
</context>
</TS>