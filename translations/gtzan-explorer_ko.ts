<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AppSettings</name>
    <message>
        <source>CUDA was chosen in Preferences, but this LibTorch has no usable GPU: the networks run on the CPU.</source>
        <translation>환경 설정에서 CUDA를 골랐지만 이 LibTorch에는 사용할 수 있는 GPU가 없습니다: 신경망은 CPU에서 실행됩니다.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(%1) epoch %2 of %3: train accuracy %4</source>
        <translation>(%1) 에포크 %2/%3: 학습 정확도 %4</translation>
    </message>
    <message>
        <source>Fingerprinting %1 of %2 files...</source>
        <translation>파일 %2개 중 %1개 지문 계산 중...</translation>
    </message>
    <message>
        <source>Loading %1: %2 of %3 clips...</source>
        <translation>%1 불러오는 중: 클립 %3개 중 %2개...</translation>
    </message>
    <message>
        <source>unperturbed</source>
        <translation>교란 없음</translation>
    </message>
    <message>
        <source>Point %1 of %2 (%3): %4 %5 of %6</source>
        <translation>측정점 %1/%2 (%3): %4 %5/%6</translation>
    </message>
</context>
<context>
    <name>StartupArguments</name>
    <message>
        <source>Explore the GTZAN music-genre data set, hear and see augmentation, train genre classifiers and predict the genre of your own audio files.

One audio file opens in Explore; several are predicted in the Predict tab; a folder opens as the data set.</source>
        <translation>GTZAN 음악 장르 데이터 세트를 탐색하고, 증강을 듣고 보며, 장르 분류기를 학습시키고 내 오디오 파일의 장르를 예측합니다.

오디오 파일 하나는 탐색 탭에서 열리고, 여러 개는 예측 탭에서 예측되며, 폴더는 데이터 세트로 열립니다.</translation>
    </message>
    <message>
        <source>Colour theme for this start: system, light or dark.</source>
        <translation>이번 실행에 쓸 색상 테마: system, light 또는 dark.</translation>
    </message>
    <message>
        <source>Start in presentation mode (large fonts and lines for a projector).</source>
        <translation>프레젠테이션 모드로 시작합니다 (프로젝터용 큰 글꼴과 굵은 선).</translation>
    </message>
    <message>
        <source>Quit by itself after MS milliseconds.</source>
        <translation>MS 밀리초 뒤에 스스로 종료합니다.</translation>
    </message>
    <message>
        <source>Audio files or a GTZAN folder.</source>
        <translation>오디오 파일 또는 GTZAN 폴더.</translation>
    </message>
    <message>
        <source>--quit-after takes a number of milliseconds.</source>
        <translation>--quit-after에는 밀리초 단위의 숫자를 지정해야 합니다.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ClipPlayback</name>
    <message>
        <source>Decoding %1...</source>
        <translation>%1 디코딩 중...</translation>
    </message>
    <message>
        <source>%1 cannot be played: %2</source>
        <translation>%1을(를) 재생할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Playing %1 from %2 s</source>
        <translation>%1 재생 중 (%2초부터)</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ConfusionInspector</name>
    <message>
        <source>Row %</source>
        <translation>행 %</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>PNG 내보내기...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV 내보내기...</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>장르</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>클립</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>클립</translation>
    </message>
    <message>
        <source>True</source>
        <translation>실제</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>P(predicted)</source>
        <translation>P(예측)</translation>
    </message>
    <message>
        <source>P(true)</source>
        <translation>P(실제)</translation>
    </message>
    <message>
        <source>No evaluation shown</source>
        <translation>표시된 평가 없음</translation>
    </message>
    <message>
        <source>%1 — test accuracy %2% on %3 clips, macro F1 %4</source>
        <translation>%1 — 클립 %3개에서 테스트 정확도 %2%, 매크로 F1 %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2: %n clip(s)</source>
        <translation>
            <numerusform>%1 -&gt; %2: 클립 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not there any more</source>
        <translation>%1이(가) 더 이상 없습니다</translation>
    </message>
    <message>
        <source>Export confusion matrix</source>
        <translation>혼동 행렬 내보내기</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::DatasetExportDialog</name>
    <message>
        <source>Scanning the data set...</source>
        <translation>데이터 세트를 살펴보는 중...</translation>
    </message>
    <message>
        <source>Clips: %1 of %2</source>
        <translation>클립: %2개 중 %1개</translation>
    </message>
    <message>
        <source>Writing the file: %1 of %2 rows</source>
        <translation>파일 쓰는 중: %2행 중 %1행</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Export features for NumPy</source>
        <translation>NumPy용 특징 내보내기</translation>
    </message>
    <message>
        <source>One .npz file that numpy.load reads: the features or musicnn embeddings of every clip, their labels, clip ids, genres, split sides and the feature settings. Features come from the feature cache when they are there.</source>
        <translation>numpy.load로 읽는 .npz 파일 하나: 모든 클립의 특징 또는 musicnn 임베딩, 레이블, 클립 ID, 장르, 분할 구분, 특징 설정. 특징 캐시에 있으면 거기서 가져옵니다.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>whole clips</source>
        <translation>클립 전체</translation>
    </message>
    <message>
        <source>musicnn MSD</source>
        <translation>musicnn MSD</translation>
    </message>
    <message>
        <source>musicnn MTT</source>
        <translation>musicnn MTT</translation>
    </message>
    <message>
        <source>none (the split member stays empty)</source>
        <translation>없음 (split 항목은 비어 있음)</translation>
    </message>
    <message>
        <source>where to write the .npz</source>
        <translation>.npz를 쓸 위치</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>선택...</translation>
    </message>
    <message>
        <source>The data set to export</source>
        <translation>내보낼 데이터 세트</translation>
    </message>
    <message>
        <source>Folder with train/valid/test lists</source>
        <translation>train/valid/test 목록이 있는 폴더</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>NumPy archives (*.npz)</source>
        <translation>NumPy 아카이브 (*.npz)</translation>
    </message>
    <message>
        <source>Data set:</source>
        <translation>데이터 세트:</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>특징:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>세그먼트:</translation>
    </message>
    <message>
        <source>Embedding:</source>
        <translation>임베딩:</translation>
    </message>
    <message>
        <source>Split lists:</source>
        <translation>분할 목록:</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>출력 파일:</translation>
    </message>
    <message>
        <source>Choose the data set to export.</source>
        <translation>내보낼 데이터 세트를 고르세요.</translation>
    </message>
    <message>
        <source>Choose where to write the .npz file.</source>
        <translation>.npz 파일을 쓸 위치를 고르세요.</translation>
    </message>
    <message>
        <source>Choose features, an embedding or both.</source>
        <translation>특징, 임베딩 또는 둘 다를 고르세요.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>시작하는 중...</translation>
    </message>
    <message>
        <source>Exporting the data set</source>
        <translation>데이터 세트 내보내는 중</translation>
    </message>
    <message>
        <source>features %1 x %2 x %3</source>
        <translation>특징 %1 x %2 x %3</translation>
    </message>
    <message>
        <source>embeddings %1 x %2</source>
        <translation>임베딩 %1 x %2</translation>
    </message>
    <message>
        <source>Written %1: %2 clips, %3, %4 MB.</source>
        <translation>%1 저장: 클립 %2개, %3, %4 MB.</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) could not be read and are not in it.</source>
        <translation>
            <numerusform>클립 %n개를 읽을 수 없어 포함하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>중지됨. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Busy with %1; try again when it is done.</source>
        <translation>%1 작업 중입니다. 끝난 뒤 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ExperimentsView</name>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>&amp;Start experiment</source>
        <translation>실험 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>보고서 열기(&amp;R)</translation>
    </message>
    <message>
        <source>The reference report (KAIST GCT634 2020) reproduced: every run of its tables is trained into the output folder, one after the other. A finished run is never trained again, so Start on the same folder resumes after a cancel, a crash or a restart. Each run also lands in the History.</source>
        <translation>참고 보고서(KAIST GCT634 2020)를 재현합니다: 보고서 표의 모든 실행을 하나씩 차례로 출력 폴더에 학습시킵니다. 끝난 실행은 다시 학습하지 않으므로, 취소나 충돌, 재시작 뒤에 같은 폴더로 시작하면 이어서 진행합니다. 각 실행은 기록에도 남습니다.</translation>
    </message>
    <message>
        <source>quick: 8 cells on the 50-clip sample, about 10 minutes</source>
        <translation>quick: 50개 클립 샘플에서 셀 8개, 약 10분</translation>
    </message>
    <message>
        <source>gct634: the report&apos;s 29 cells x 3 seeds on the full GTZAN (hours to days on a CPU)</source>
        <translation>gct634: 전체 GTZAN에서 보고서의 셀 29개 x 시드 3개 (CPU에서는 몇 시간에서 며칠)</translation>
    </message>
    <message>
        <source>protocol&apos;s</source>
        <translation>프로토콜 기본값</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>프로토콜(&amp;P):</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>찾아보기...</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>데이터 폴더(&amp;D):</translation>
    </message>
    <message>
        <source>GTZAN folder</source>
        <translation>GTZAN 폴더</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>출력 폴더(&amp;O):</translation>
    </message>
    <message>
        <source>The experiment&apos;s folder</source>
        <translation>실험 폴더</translation>
    </message>
    <message>
        <source>epochs:</source>
        <translation>에포크:</translation>
    </message>
    <message>
        <source>S&amp;eeds:</source>
        <translation>시드(&amp;E):</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Open report.html of the output folder in the browser</source>
        <translation>출력 폴더의 report.html을 웹 브라우저에서 열기</translation>
    </message>
    <message>
        <source>Choose the data folder and the output folder.</source>
        <translation>데이터 폴더와 출력 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Re&amp;sume experiment</source>
        <translation>실험 재개(&amp;S)</translation>
    </message>
    <message>
        <source>%1 of %2 runs are done in this folder; Resume trains the rest.</source>
        <translation>이 폴더에서 실행 %2개 중 %1개가 완료되었습니다; 재개하면 나머지를 학습합니다.</translation>
    </message>
    <message>
        <source>%1 runs planned (%2 seeds, %3 epochs each).</source>
        <translation>실행 %1개 계획됨 (시드 %2개, 실행마다 %3 에포크).</translation>
    </message>
    <message>
        <source>%1 of %2 runs done</source>
        <translation>실행 %2개 중 %1개 완료</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1개 실패</translation>
    </message>
    <message>
        <source>; training %1</source>
        <translation>; %1 학습 중</translation>
    </message>
    <message>
        <source>; %1 elapsed</source>
        <translation>; %1 경과</translation>
    </message>
    <message>
        <source>, about %1 to go</source>
        <translation>, 약 %1 남음</translation>
    </message>
    <message>
        <source>Cancelled: %1 runs trained now, %2 earlier; Resume trains the rest.</source>
        <translation>취소되었습니다: 이번에 실행 %1개, 이전에 %2개를 학습했습니다; 재개하면 나머지를 학습합니다.</translation>
    </message>
    <message>
        <source>Finished: %1 runs trained now, %2 earlier, %3 failed, in %4.</source>
        <translation>완료: 이번에 실행 %1개, 이전에 %2개 학습, %3개 실패, 소요 시간 %4.</translation>
    </message>
    <message>
        <source>The report: %1</source>
        <translation>보고서: %1</translation>
    </message>
    <message>
        <source>Cancelled: the finished runs are kept, and the report shows them; Resume trains the rest.</source>
        <translation>취소되었습니다: 끝난 실행은 그대로 남고 보고서에 나타납니다; 재개하면 나머지를 학습합니다.</translation>
    </message>
    <message>
        <source>Cancelling: the running run stops within a batch; the finished ones are kept.</source>
        <translation>취소하는 중: 진행 중인 실행은 배치 하나 안에서 멈추고, 끝난 실행은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Experiment: %1</source>
        <translation>실험: %1</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::FaultsPanel</name>
    <message>
        <source>Replicas</source>
        <translation>복제본</translation>
    </message>
    <message>
        <source>Suspect labels</source>
        <translation>의심스러운 레이블</translation>
    </message>
    <message>
        <source>Leakage</source>
        <translation>누수(leakage)</translation>
    </message>
    <message>
        <source>Robustness sweep</source>
        <translation>강건성 스윕</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::FigureSizeDialog</name>
    <message>
        <source>Figure size</source>
        <translation>그림 크기</translation>
    </message>
    <message>
        <source>Slide (1600 x 900)</source>
        <translation>슬라이드 (1600 x 900)</translation>
    </message>
    <message>
        <source>Full HD (1920 x 1080)</source>
        <translation>풀 HD (1920 x 1080)</translation>
    </message>
    <message>
        <source>Page (2400 x 1600)</source>
        <translation>페이지 (2400 x 1600)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>프리셋:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>너비(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>높이(&amp;H):</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::FirstStartPage</name>
    <message>
        <source>Welcome to GTZAN Explorer</source>
        <translation>GTZAN Explorer에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;GTZAN&lt;/b&gt; is the music-genre data set most genre classifiers are first tried on: 1000 clips of 30 seconds, 100 in each of 10 genres (blues, classical, country, disco, hiphop, jazz, metal, pop, reggae, rock), 22050 Hz mono, collected by George Tzanetakis in 2000-2001. The archive is about 1.2 GB.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Its faults&lt;/b&gt; are known and shown here in the Faults tab: repeated clips, clips from the same recording, mislabelled clips and distortions (Sturm, 2013). They make accuracies on random splits look better than they are.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Its terms:&lt;/b&gt; GTZAN has no licence. The clips are excerpts of commercial recordings, shared for research and teaching; do not redistribute them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;GTZAN&lt;/b&gt;은 대부분의 장르 분류기가 처음 시험되는 음악 장르 데이터 세트입니다: 30초 클립 1000개, 10개 장르(blues, classical, country, disco, hiphop, jazz, metal, pop, reggae, rock)마다 100개, 22050 Hz 모노, George Tzanetakis가 2000-2001년에 모았습니다. 압축 파일은 약 1.2 GB입니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;결함&lt;/b&gt;이 알려져 있으며 여기 결함 탭에서 볼 수 있습니다: 반복된 클립, 같은 녹음에서 나온 클립, 잘못 붙은 레이블과 왜곡(Sturm, 2013). 이 때문에 무작위 분할의 정확도가 실제보다 좋아 보입니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;이용 조건:&lt;/b&gt; GTZAN에는 라이선스가 없습니다. 클립은 상업 음반의 발췌로, 연구와 교육을 위해 공유됩니다. 다시 배포하지 마십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a GTZAN folder...</source>
        <translation>GTZAN 폴더 열기...</translation>
    </message>
    <message>
        <source>A GTZAN you already have, in any of its layouts (genres/, genres_original/, or the folder above or below).</source>
        <translation>이미 가지고 있는 GTZAN, 어떤 배치든 됩니다(genres/, genres_original/, 또는 그 위나 아래 폴더).</translation>
    </message>
    <message>
        <source>Download GTZAN...</source>
        <translation>GTZAN 내려받기...</translation>
    </message>
    <message>
        <source>About 1.2 GB from a known mirror, checked against its published SHA-256, unpacked safely, then opened. It can be paused and resumed.</source>
        <translation>알려진 미러에서 약 1.2 GB를 받아 공개된 SHA-256으로 확인하고 안전하게 풀어서 엽니다. 멈췄다가 이어 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Use the 50-clip sample</source>
        <translation>50개 클립 샘플 사용</translation>
    </message>
    <message>
        <source>Five real clips per genre, found beside the program: enough to try everything.</source>
        <translation>장르마다 실제 클립 다섯 개로, 프로그램 옆에서 찾았습니다: 모든 기능을 써 보기에 충분합니다.</translation>
    </message>
    <message>
        <source>Try the synthetic demo</source>
        <translation>합성 데모 써 보기</translation>
    </message>
    <message>
        <source>Made-up sounds in ten folders, made on this computer in a few seconds: for trying the program, not for learning genres.</source>
        <translation>열 개 폴더에 든 지어낸 소리로, 이 컴퓨터에서 몇 초 만에 만듭니다: 프로그램을 써 보는 용도이지 장르를 배우는 용도가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::FolderEvaluationDialog</name>
    <message>
        <source>Evaluate %1 on %2</source>
        <translation>%2에서 %1 평가</translation>
    </message>
    <message>
        <source>Evaluating %1 on the clips of %2...</source>
        <translation>%2의 클립으로 %1 평가 중...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clip accuracy %1%&lt;/b&gt; on %2 clips (macro F1 %3; by vote %4%, segments %5%).</source>
        <translation>클립 %2개에서 &lt;b&gt;클립 정확도 %1%&lt;/b&gt; (매크로 F1 %3, 투표 기준 %4%, 세그먼트 %5%).</translation>
    </message>
    <message>
        <source>%1 clip(s) left out: %2</source>
        <translation>제외된 클립 %1개: %2</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>평가가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>평가에 실패했습니다: %1</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::GetGtzanDialog</name>
    <message>
        <source>Download GTZAN</source>
        <translation>GTZAN 내려받기</translation>
    </message>
    <message>
        <source>GTZAN&apos;s genres.tar.gz (about 1.2 GB; 1.3 GB unpacked) comes from the first mirror that answers. Its SHA-256 is checked before anything is unpacked, and it is unpacked into the folder below only. GTZAN has no licence: it is shared for research and teaching.</source>
        <translation>GTZAN의 genres.tar.gz(약 1.2 GB, 풀면 1.3 GB)는 먼저 응답하는 미러에서 받습니다. 무엇이든 풀기 전에 SHA-256을 확인하고, 아래 폴더에만 풉니다. GTZAN에는 라이선스가 없습니다: 연구와 교육용으로 공유됩니다.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>선택...</translation>
    </message>
    <message>
        <source>Put GTZAN in</source>
        <translation>GTZAN을 둘 곳</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>내려받기(&amp;D)</translation>
    </message>
    <message>
        <source>What each mirror does appears here.</source>
        <translation>각 미러에서 일어나는 일이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>시작하는 중...</translation>
    </message>
    <message>
        <source>GTZAN is in %1: %2 clips (%3).</source>
        <translation>GTZAN이 %1에 있습니다: 클립 %2개 (%3).</translation>
    </message>
    <message>
        <source>Stopped. What was downloaded is kept: Download again resumes it.</source>
        <translation>멈췄습니다. 받은 부분은 남겨 두었습니다: 다시 내려받기로 이어 받습니다.</translation>
    </message>
    <message>
        <source>&amp;Download again</source>
        <translation>다시 내려받기(&amp;D)</translation>
    </message>
    <message>
        <source>Downloading from %1: %2 of %3 MB, %4 MB/s, %5 left</source>
        <translation>%1에서 받는 중: %3 MB 중 %2 MB, %4 MB/s, %5 남음</translation>
    </message>
    <message>
        <source>Checking the SHA-256: %1 of %2 MB</source>
        <translation>SHA-256 확인 중: %2 MB 중 %1 MB</translation>
    </message>
    <message>
        <source>Unpacking: %1 MB</source>
        <translation>푸는 중: %1 MB</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::JobList</name>
    <message>
        <source>No background jobs.</source>
        <translation>백그라운드 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation>%1 (대기 중)</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>취소하는 중...</translation>
    </message>
    <message>
        <source>Starts when the job before it ends.</source>
        <translation>앞의 작업이 끝나면 시작합니다.</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::JobText</name>
    <message>
        <source>Waiting for “%1” to end; this starts then (the job list in the status bar can cancel either).</source>
        <translation>“%1”이(가) 끝나기를 기다리는 중입니다. 그 뒤에 시작합니다 (상태 표시줄의 작업 목록에서 둘 다 취소할 수 있습니다).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>Not started: “%1” is running, and only one long job runs at a time. Start this again when it has ended, or cancel it in the job list in the status bar.</source>
        <translation>시작하지 않음: “%1”이(가) 실행 중이며, 긴 작업은 한 번에 하나만 실행됩니다. 그 작업이 끝난 뒤 다시 시작하거나, 상태 표시줄의 작업 목록에서 취소하세요.</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::JobsIndicator</name>
    <message>
        <source>Background jobs: click to see them and to cancel one</source>
        <translation>백그라운드 작업: 클릭하면 목록을 보고 작업을 취소할 수 있습니다</translation>
    </message>
    <message>
        <source>1 job running</source>
        <translation>작업 1개 실행 중</translation>
    </message>
    <message>
        <source>%1 jobs running</source>
        <translation>작업 %1개 실행 중</translation>
    </message>
    <message>
        <source>%1, %2 waiting</source>
        <translation>%1, %2개 대기 중</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::LeakageView</name>
    <message>
        <source>Run &amp;leakage experiment</source>
        <translation>누수 실험 실행(&amp;L)</translation>
    </message>
    <message>
        <source>Why do papers report over 90% on GTZAN, when the artist-filtered split tops out near 80%? Train the same model three ways and compare: (a) segments split at random, so slices of one song train and test; (b) clips split at random; (c) the fault-filtered split, which keeps artists apart and leaves out replicas.</source>
        <translation>논문들은 GTZAN에서 90% 넘는 정확도를 보고하는데, 아티스트 필터링 분할로는 왜 80% 근처가 한계일까요? 같은 모델을 세 가지 방식으로 학습시켜 비교해 보세요: (a) 세그먼트를 무작위로 분할하여 한 곡의 조각들이 학습과 테스트에 함께 들어감, (b) 클립을 무작위로 분할, (c) 아티스트를 서로 떼어 놓고 복제본을 제외하는 결함 필터링 분할(fault-filtered).</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>에포크:</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>(a) segments</source>
        <translation>(a) 세그먼트</translation>
    </message>
    <message>
        <source>(b) clips</source>
        <translation>(b) 클립</translation>
    </message>
    <message>
        <source>(c) fault-filtered</source>
        <translation>(c) 결함 필터링</translation>
    </message>
    <message>
        <source>Open a data set folder first.</source>
        <translation>먼저 데이터 세트 폴더를 여세요.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <source>(%1) %2: test accuracy %3 on %4 test %5 (%6 training)</source>
        <translation>(%1) %2: 테스트 %5 %4개에서 테스트 정확도 %3 (학습 %6개)</translation>
    </message>
    <message>
        <source>(%1) %2: not run: %3</source>
        <translation>(%1) %2: 실행하지 않음: %3</translation>
    </message>
    <message>
        <source>Done: %1 on %2.</source>
        <translation>완료: %2에서 %1.</translation>
    </message>
    <message>
        <source>Leakage experiment finished</source>
        <translation>누수 실험 완료</translation>
    </message>
    <message>
        <source>Leakage experiment</source>
        <translation>누수 실험</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ListenView</name>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation>듣기 시작</translation>
    </message>
    <message>
        <source>Save recording…</source>
        <translation>녹음 저장…</translation>
    </message>
    <message>
        <source>Save timeline…</source>
        <translation>타임라인 저장…</translation>
    </message>
    <message>
        <source>Keep what is heard (up to 10 min)</source>
        <translation>들은 소리 보관 (최대 10분)</translation>
    </message>
    <message>
        <source>Microphones and line inputs, and the monitor of each output: what this computer plays</source>
        <translation>마이크와 라인 입력, 그리고 각 출력의 모니터(이 컴퓨터가 재생하는 소리)</translation>
    </message>
    <message>
        <source>Start or stop listening (Ctrl+Shift+L)</source>
        <translation>듣기 시작 또는 중지 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>%v dBFS</source>
        <translation>%v dBFS</translation>
    </message>
    <message>
        <source>Input level (RMS)</source>
        <translation>입력 레벨 (RMS)</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>입력:</translation>
    </message>
    <message>
        <source>Genre of each passing second (the last minute)</source>
        <translation>지나간 매초의 장르 (최근 1분)</translation>
    </message>
    <message>
        <source>musicnn tags, newest on the right</source>
        <translation>musicnn 태그, 최신이 오른쪽</translation>
    </message>
    <message>
        <source>Current probabilities</source>
        <translation>현재 확률</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>녹음 저장</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV 오디오 (*.wav)</translation>
    </message>
    <message>
        <source>Save timeline</source>
        <translation>타임라인 저장</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON lines (*.json)</source>
        <translation>CSV (*.csv);;JSON 줄 (*.json)</translation>
    </message>
    <message>
        <source>Pick an input and start listening. The first answer comes once 3 s of sound are there.</source>
        <translation>입력을 고르고 듣기를 시작하세요. 소리가 3초 쌓이면 첫 답이 나옵니다.</translation>
    </message>
    <message>
        <source>Model: %1 (chosen in the Predict tab)</source>
        <translation>모델: %1 (예측 탭에서 선택)</translation>
    </message>
    <message>
        <source>the starter model</source>
        <translation>기본 모델</translation>
    </message>
    <message>
        <source>%1 (what this computer plays)</source>
        <translation>%1 (이 컴퓨터가 재생하는 소리)</translation>
    </message>
    <message>
        <source>No sound input found</source>
        <translation>소리 입력을 찾지 못했습니다</translation>
    </message>
    <message>
        <source>No sound input to listen to: %1</source>
        <translation>들을 소리 입력이 없습니다: %1</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>듣기 중지</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>듣는 중…</translation>
    </message>
    <message>
        <source>%1 (%2). The first answer comes once 3 s of sound are there.</source>
        <translation>%1 (%2). 소리가 3초 쌓이면 첫 답이 나옵니다.</translation>
    </message>
    <message>
        <source>Stopped after %1 answers. The GUI thread&apos;s longest pause while listening: %2 ms.</source>
        <translation>답 %1개 후 중지했습니다. 듣는 동안 GUI 스레드의 가장 긴 멈춤: %2 ms.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>듣고 있지 않음</translation>
    </message>
    <message>
        <source>Unsure: silence</source>
        <translation>확실하지 않음: 무음</translation>
    </message>
    <message>
        <source>The input is (nearly) silent: there is no music to tell a genre from.</source>
        <translation>입력이 (거의) 무음입니다. 장르를 알아낼 음악이 없습니다.</translation>
    </message>
    <message>
        <source>Unsure (most like %1, %2%)</source>
        <translation>확실하지 않음 (가장 가까운 것: %1, %2%)</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Why unsure: %1.</source>
        <translation>확실하지 않은 이유: %1.</translation>
    </message>
    <message>
        <source>Tags: %1.</source>
        <translation>태그: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Tempo: %1 bpm, %2 beats in the last %3 s.</source>
        <translation>템포: %1 BPM, 최근 %3초 동안 비트 %2개.</translation>
    </message>
    <message>
        <source>Tempo: not yet.</source>
        <translation>템포: 아직 없음.</translation>
    </message>
    <message>
        <source>Nothing was kept: tick &quot;Keep what is heard&quot; before listening.</source>
        <translation>보관한 것이 없습니다. 듣기 전에 &quot;들은 소리 보관&quot;을 켜세요.</translation>
    </message>
    <message>
        <source>Saved %1 s of what was heard to %2</source>
        <translation>들은 소리 %1초를 %2에 저장했습니다</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved the timeline (%1 answers) to %2</source>
        <translation>타임라인(답 %1개)을 %2에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::MainWindow</name>
    <message>
        <source>GTZAN Explorer</source>
        <translation>GTZAN 탐색기</translation>
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
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>재생 / 일시 정지</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>데이터 세트</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>증강</translation>
    </message>
    <message>
        <source>%1 shown in %2 ms</source>
        <translation>%1 표시됨(%2 ms)</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 여는 중...</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>탐색(&amp;E)</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1을(를) 표시할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 clips, %2 with problems</source>
        <translation>클립 %1개, 문제 있는 클립 %2개</translation>
    </message>
    <message>
        <source>Switch an augmentation on first: there is no augmented clip to export.</source>
        <translation>먼저 증강을 켜세요: 내보낼 증강된 클립이 없습니다.</translation>
    </message>
    <message>
        <source>Export augmented clip</source>
        <translation>증강된 클립 내보내기</translation>
    </message>
    <message>
        <source>WAV (*.wav)</source>
        <translation>WAV (*.wav)</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>위 / 아래</translation>
    </message>
    <message>
        <source>Previous / next clip in the clip table</source>
        <translation>클립 표의 이전 / 다음 클립</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>마우스 휠</translation>
    </message>
    <message>
        <source>Zoom the waveform and spectrogram in time</source>
        <translation>파형과 스펙트로그램을 시간 축으로 확대/축소</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>끌기</translation>
    </message>
    <message>
        <source>Pan the waveform and spectrogram</source>
        <translation>파형과 스펙트로그램 이동</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>클릭</translation>
    </message>
    <message>
        <source>Seek the player to that time</source>
        <translation>재생 위치를 그 시간으로 이동</translation>
    </message>
    <message>
        <source>Drop files or a folder</source>
        <translation>파일이나 폴더 끌어다 놓기</translation>
    </message>
    <message>
        <source>Open them (see the README for what goes where)</source>
        <translation>열기 (무엇이 어디로 가는지는 README 참조)</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is taken off the recent list.</source>
        <translation>%1이(가) 더 이상 없으므로 최근 목록에서 뺍니다.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>최근 파일 목록 지우기</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation>단축키(&amp;K)...</translation>
    </message>
    <message>
        <source>&amp;About GTZAN Explorer...</source>
        <translation>GTZAN Explorer 정보(&amp;A)...</translation>
    </message>
    <message>
        <source>About GTZAN Explorer</source>
        <translation>GTZAN Explorer 정보</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Open &amp;folder...</source>
        <translation>폴더 열기(&amp;F)...</translation>
    </message>
    <message>
        <source>Open a GTZAN folder</source>
        <translation>GTZAN 폴더 열기</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Load &amp;split folder...</source>
        <translation>분할 폴더 불러오기(&amp;S)...</translation>
    </message>
    <message>
        <source>Folder with train/valid/test lists</source>
        <translation>train/valid/test 목록이 있는 폴더</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>환경 설정(&amp;P)...</translation>
    </message>
    <message>
        <source>Play original (A)</source>
        <translation>원본 재생 (A)</translation>
    </message>
    <message>
        <source>Play augmented (B)</source>
        <translation>증강본 재생 (B)</translation>
    </message>
    <message>
        <source>No augmented clip yet: switch an augmentation on in the panel.</source>
        <translation>아직 증강된 클립이 없습니다: 패널에서 증강을 켜세요.</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>%1 검사 중...</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 쓰는 중...</translation>
    </message>
    <message>
        <source>Augmented clip written to %1</source>
        <translation>증강된 클립을 %1에 썼습니다</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>Pre&amp;dict</source>
        <translation>예측(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Predict files...</source>
        <translation>파일 장르 예측(&amp;P)...</translation>
    </message>
    <message>
        <source>Predict the genre of audio files</source>
        <translation>오디오 파일의 장르 예측</translation>
    </message>
    <message>
        <source>Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3);;All files (*)</source>
        <translation>오디오 (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GTZAN Explorer %1&lt;/h3&gt;&lt;p&gt;Explore the GTZAN music-genre data set, hear and see what augmentation does, train genre classifiers and predict the genre of your own files.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and LibTorch. Licence: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;The starter model carries the pretrained musicnn MSD weights: musicnn, Copyright (c) 2019 Jordi Pons and Xavier Serra, ISC licence (see the package&apos;s copyright file).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GTZAN Explorer %1&lt;/h3&gt;&lt;p&gt;GTZAN 음악 장르 데이터 세트를 탐색하고, 증강이 무엇을 하는지 듣고 보며, 장르 분류기를 학습시키고 내 파일의 장르를 예측합니다.&lt;/p&gt;&lt;p&gt;Qt %2와 LibTorch로 만들었습니다. 라이선스: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;시작 모델에는 사전 학습된 musicnn MSD 가중치가 들어 있습니다: musicnn, Copyright (c) 2019 Jordi Pons and Xavier Serra, ISC 라이선스 (패키지의 copyright 파일 참조).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fa&amp;ults</source>
        <translation>결함(&amp;U)</translation>
    </message>
    <message>
        <source>%1 is not in the browser&apos;s folder</source>
        <translation>%1은(는) 데이터 세트 탐색기의 폴더에 없습니다</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>맵(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+마우스 휠</translation>
    </message>
    <message>
        <source>Zoom the frequency (or amplitude) axis</source>
        <translation>주파수(또는 진폭) 축 확대/축소</translation>
    </message>
    <message>
        <source>Double-click, Ctrl+0</source>
        <translation>두 번 클릭, Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole clip and every band again</source>
        <translation>클립 전체와 모든 밴드를 다시 보기</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>프레젠테이션 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Large fonts and lines for a projector, the docks out of the way (F5)</source>
        <translation>프로젝터용 큰 글꼴과 굵은 선, 도킹 창은 숨김 (F5)</translation>
    </message>
    <message>
        <source>&amp;Compare A and B</source>
        <translation>A와 B 비교(&amp;C)</translation>
    </message>
    <message>
        <source>Switch an augmentation on in the panel to see what it changes.</source>
        <translation>패널에서 증강을 켜면 무엇이 바뀌는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>GTZAN Explorer - making the synthetic demo data set...</source>
        <translation>GTZAN Explorer - 합성 데모 데이터 세트를 만드는 중...</translation>
    </message>
    <message>
        <source>GTZAN Explorer - SYNTHETIC demo data (File &gt; Open folder for a real GTZAN)</source>
        <translation>GTZAN Explorer - 합성 데모 데이터 (실제 GTZAN은 파일 &gt; 폴더 열기)</translation>
    </message>
    <message>
        <source>The waveform and spectrogram shown (or the compare view) as PNG or SVG, at a size you choose</source>
        <translation>표시된 파형과 스펙트로그램(또는 비교 보기)을 원하는 크기의 PNG 또는 SVG로 내보냅니다</translation>
    </message>
    <message>
        <source>The original and the augmented clip as two WAV files and the compare view as PNG and SVG, named after the clip and the augmentation</source>
        <translation>원본과 증강된 클립을 WAV 파일 두 개로, 비교 보기를 PNG와 SVG로 내보냅니다. 파일 이름은 클립과 증강에 따라 붙습니다</translation>
    </message>
    <message>
        <source>Nothing to export yet: open a clip and wait until it is drawn.</source>
        <translation>아직 내보낼 것이 없습니다: 클립을 열고 다 그려질 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 벡터 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Figure written to %1</source>
        <translation>그림을 %1에 썼습니다</translation>
    </message>
    <message>
        <source>Figure not written</source>
        <translation>그림을 쓰지 못함</translation>
    </message>
    <message>
        <source>Folder for the A/B pair</source>
        <translation>A/B 쌍을 저장할 폴더</translation>
    </message>
    <message>
        <source>Writing %1 and %2...</source>
        <translation>%1, %2 쓰는 중...</translation>
    </message>
    <message>
        <source>A/B pair written to %1: %2.wav, .png, .svg and the original</source>
        <translation>A/B 쌍을 %1에 썼습니다: %2.wav, .png, .svg와 원본</translation>
    </message>
    <message>
        <source>Export fi&amp;gure...</source>
        <translation>그림 내보내기(&amp;G)...</translation>
    </message>
    <message>
        <source>Export A/&amp;B pair...</source>
        <translation>A/B 쌍 내보내기(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Download GTZAN...</source>
        <translation>GTZAN 내려받기(&amp;D)...</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>시작 페이지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>듣기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Data set</source>
        <translation>데이터 세트(&amp;D)</translation>
    </message>
    <message>
        <source>Export &amp;features...</source>
        <translation>특징 내보내기(&amp;F)...</translation>
    </message>
    <message>
        <source>The data set&apos;s features or musicnn embeddings, labels, ids and split as one NumPy .npz file</source>
        <translation>데이터 세트의 특징 또는 musicnn 임베딩, 레이블, ID, 분할을 NumPy .npz 파일 하나로</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::MapView</name>
    <message>
        <source>Select</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Make map</source>
        <translation>맵 만들기</translation>
    </message>
    <message>
        <source>musicnn MSD (max_pool)</source>
        <translation>musicnn MSD (max_pool)</translation>
    </message>
    <message>
        <source>musicnn MTT (max_pool)</source>
        <translation>musicnn MTT (max_pool)</translation>
    </message>
    <message>
        <source>musicnn MSD (penultimate)</source>
        <translation>musicnn MSD (끝에서 두 번째 층)</translation>
    </message>
    <message>
        <source>Trained model file...</source>
        <translation>학습된 모델 파일...</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>장르</translation>
    </message>
    <message>
        <source>Known faults</source>
        <translation>알려진 결함</translation>
    </message>
    <message>
        <source>t-SNE&apos;s random start: the same seed gives the same map</source>
        <translation>t-SNE의 무작위 시작점: 같은 시드는 같은 맵을 만듭니다</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>임베딩</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Selected clips (double-click plays)</source>
        <translation>선택한 클립 (두 번 클릭하면 재생)</translation>
    </message>
    <message>
        <source>No map yet: choose an embedding and press Make map</source>
        <translation>아직 맵이 없습니다: 임베딩을 고르고 &quot;맵 만들기&quot;를 누르세요</translation>
    </message>
    <message>
        <source>Hover over a point to name its clip; click it to hear it.</source>
        <translation>점 위에 마우스를 올리면 클립 이름이 보이고, 클릭하면 들을 수 있습니다.</translation>
    </message>
    <message>
        <source>Model for the map</source>
        <translation>맵에 쓸 모델</translation>
    </message>
    <message>
        <source>Model %1 (penultimate)</source>
        <translation>모델 %1 (끝에서 두 번째 층)</translation>
    </message>
    <message>
        <source>Open a data set folder in the browser to map it.</source>
        <translation>맵을 만들려면 데이터 세트 탐색기에서 데이터 세트 폴더를 여세요.</translation>
    </message>
    <message>
        <source>Make map places every clip of %1 by its embedding.</source>
        <translation>&quot;맵 만들기&quot;는 %1의 모든 클립을 임베딩에 따라 배치합니다.</translation>
    </message>
    <message>
        <source>Loading the embedding...</source>
        <translation>임베딩을 불러오는 중...</translation>
    </message>
    <message>
        <source>%1 clips from %2, %3: genres sit apart with a silhouette of %4 (-1..1; above 0: clips of a genre are nearer each other). Embeddings %5 s, map %6 s.%7</source>
        <translation>클립 %1개 (%2, %3): 장르가 실루엣 %4로 떨어져 있습니다 (-1..1; 0보다 크면 한 장르의 클립끼리 서로 더 가깝습니다). 임베딩 %5초, 맵 %6초.%7</translation>
    </message>
    <message>
        <source> Left off: %1.</source>
        <translation> 제외됨: %1.</translation>
    </message>
    <message>
        <source>No map: %1</source>
        <translation>맵 없음: %1</translation>
    </message>
    <message>
        <source>Embedding the clips... %1%</source>
        <translation>클립 임베딩 중... %1%</translation>
    </message>
    <message>
        <source>Projecting... %1%</source>
        <translation>투영 중... %1%</translation>
    </message>
    <message>
        <source>%1 cannot be placed on the map: %2</source>
        <translation>%1을(를) 맵에 배치할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Your files</source>
        <translation>내 파일</translation>
    </message>
    <message>
        <source>%1 (your file)</source>
        <translation>%1 (내 파일)</translation>
    </message>
    <message>
        <source>%1 (%2); click to hear it</source>
        <translation>%1 (%2); 클릭하면 들을 수 있습니다</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Right or wrong</source>
        <translation>맞음 또는 틀림</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>복제본</translation>
    </message>
    <message>
        <source>Prediction and Right or wrong need a map made from a trained model; Replicas, the Faults tab&apos;s Find replicas</source>
        <translation>예측과 맞음 또는 틀림은 학습된 모델로 만든 맵이 필요하고, 복제본은 결함 탭의 복제본 찾기가 필요합니다</translation>
    </message>
    <message>
        <source>Prediction and Right or wrong need a map made from a trained model (Embedding: Trained model file...)</source>
        <translation>예측과 맞음 또는 틀림은 학습된 모델로 만든 맵이 필요합니다 (임베딩: 학습된 모델 파일...)</translation>
    </message>
    <message>
        <source>Known fault</source>
        <translation>알려진 결함</translation>
    </message>
    <message>
        <source>Replica (run Find replicas on the Faults tab)</source>
        <translation>복제본 (결함 탭에서 복제본 찾기를 실행하세요)</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>복제본</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>틀림</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1 (여기 %2개)</translation>
    </message>
    <message>
        <source>%1 (%2, the model says %3); click to hear it</source>
        <translation>%1 (%2, 모델의 판단은 %3); 클릭하면 들을 수 있습니다</translation>
    </message>
    <message>
        <source>Draw a lasso around points to list their clips (else dragging pans)</source>
        <translation>점 주위에 올가미를 그리면 해당 클립이 나열됩니다 (그렇지 않으면 끌어서 이동합니다)</translation>
    </message>
    <message>
        <source>Folder map</source>
        <translation>폴더 지도</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ModelDescription</name>
    <message>
        <source>%1: network %2 (%3 parameters), features %4, %5 genres (%6).</source>
        <translation>%1: 신경망 %2 (매개변수 %3개), 특징 %4, 장르 %5개 (%6).</translation>
    </message>
    <message>
        <source>Embedding: pretrained musicnn %1%2.</source>
        <translation>임베딩: 사전 학습된 musicnn %1%2.</translation>
    </message>
    <message>
        <source>, weights carried in the model file</source>
        <translation>, 가중치는 모델 파일에 포함</translation>
    </message>
    <message>
        <source>Trained on %1 clips</source>
        <translation>클립 %1개로 학습</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>출처 %1</translation>
    </message>
    <message>
        <source>: %1-fold cross-validated clip accuracy %2% (each clip predicted by a model that never saw it); %3 of the %4 clips come out unsure.</source>
        <translation>: %1겹 교차 검증 클립 정확도 %2% (각 클립을 그 클립을 본 적 없는 모델이 예측); %4개 클립 중 %3개가 불확실로 나옵니다.</translation>
    </message>
    <message>
        <source>, tested on %1 held-out clips (split: %3): clip accuracy %2%.</source>
        <translation>, 따로 둔 클립 %1개로 테스트 (분할: %3): 클립 정확도 %2%.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록되지 않음</translation>
    </message>
    <message>
        <source>, not tested on held-out clips: its accuracy is unknown.</source>
        <translation>, 따로 둔 클립으로 테스트하지 않아 정확도를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>It has seen very few clips: take its answers as a rough guess, and train a model on the full GTZAN for real use.</source>
        <translation>아주 적은 클립만 보았습니다: 답은 대략적인 추측으로 여기고, 실제로 쓰려면 전체 GTZAN으로 모델을 학습시키세요.</translation>
    </message>
    <message>
        <source>Its confidences are calibrated on %1 validation clips it did not train on</source>
        <translation>신뢰도는 학습에 쓰지 않은 검증 클립 %1개로 보정되었습니다</translation>
    </message>
    <message>
        <source>Its confidences are calibrated on %1 out-of-fold clips</source>
        <translation>신뢰도는 폴드 밖 클립 %1개로 보정되었습니다</translation>
    </message>
    <message>
        <source> (expected calibration error %1 before, %2 after).</source>
        <translation> (기대 보정 오차: 보정 전 %1, 보정 후 %2).</translation>
    </message>
    <message>
        <source>Its confidences are calibrated.</source>
        <translation>신뢰도가 보정되어 있습니다.</translation>
    </message>
    <message>
        <source>Its confidences are not calibrated: a high percentage may not mean it is usually right.</source>
        <translation>신뢰도가 보정되지 않았습니다: 높은 백분율이 대개 맞는다는 뜻은 아닐 수 있습니다.</translation>
    </message>
    <message>
        <source>It says &quot;unsure&quot; for sounds unlike all of its %1 training clips, as musicnn hears them.</source>
        <translation>musicnn이 듣기에 학습 클립 %1개 중 어느 것과도 닮지 않은 소리에는 &quot;불확실&quot;이라고 말합니다.</translation>
    </message>
    <message>
        <source>It says &quot;unsure&quot; for sounds unlike all of its %1 training clips.</source>
        <translation>학습 클립 %1개 중 어느 것과도 닮지 않은 소리에는 &quot;불확실&quot;이라고 말합니다.</translation>
    </message>
    <message>
        <source>It cannot tell when a sound is nothing like its training music.</source>
        <translation>소리가 학습한 음악과 전혀 다를 때 이를 알아차리지 못합니다.</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>만든 방법: %1</translation>
    </message>
    <message>
        <source>%1, %2 genres</source>
        <translation>%1, 장르 %2개</translation>
    </message>
    <message>
        <source>cross-validated accuracy %1% on %2 clips</source>
        <translation>클립 %2개에서 교차 검증 정확도 %1%</translation>
    </message>
    <message>
        <source>test accuracy %1% on %2 held-out clips</source>
        <translation>따로 둔 클립 %2개에서 테스트 정확도 %1%</translation>
    </message>
    <message>
        <source>accuracy unknown</source>
        <translation>정확도 알 수 없음</translation>
    </message>
    <message>
        <source>calibrated on %1 clips</source>
        <translation>클립 %1개로 보정됨</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>보정됨</translation>
    </message>
    <message>
        <source>not calibrated</source>
        <translation>보정되지 않음</translation>
    </message>
    <message>
        <source>more in Model details</source>
        <translation>자세한 내용은 모델 세부 정보 참조</translation>
    </message>
    <message>
        <source>%1: a TorchScript model from a notebook (%2), run in a process of its own, features %3, %4 genres (%5).</source>
        <translation>%1: 노트북에서 만든 TorchScript 모델(%2), 별도 프로세스에서 실행, 특징 %3, 장르 %4개 (%5).</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>Models (*.gtzm *.pt *.pth *.ts);;GTZAN Explorer models (*.gtzm);;TorchScript models with a JSON sidecar (*.pt *.pth *.ts);;All files (*)</source>
        <translation>모델 (*.gtzm *.pt *.pth *.ts);;GTZAN Explorer 모델 (*.gtzm);;JSON 사이드카가 있는 TorchScript 모델 (*.pt *.pth *.ts);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ModelDetailsDialog</name>
    <message>
        <source>Model details</source>
        <translation>모델 세부 정보</translation>
    </message>
    <message>
        <source>Confusion matrix on the held-out test clips:</source>
        <translation>보류한 테스트 클립의 혼동 행렬:</translation>
    </message>
    <message>
        <source>Confusion matrix of the %1 (rows: true genre, columns: predicted):</source>
        <translation>%1의 혼동 행렬 (행: 실제 장르, 열: 예측):</translation>
    </message>
    <message>
        <source>Its evaluation cannot be shown: %1</source>
        <translation>평가를 표시할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This model file holds no evaluation.</source>
        <translation>이 모델 파일에는 평가가 없습니다.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>Reliability on the %1 clips it was calibrated on (bars: how often it was right at that confidence):</source>
        <translation>보정에 쓴 클립 %1개에서의 신뢰도 (막대: 그 신뢰도에서 얼마나 자주 맞았는지):</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>신뢰도 도표</translation>
    </message>
    <message>
        <source>Export to &amp;PyTorch...</source>
        <translation>PyTorch로 내보내기(&amp;P)...</translation>
    </message>
    <message>
        <source>Writes the network as a PyTorch module, its weights and a predict.py for a notebook (docs/notebooks.md)</source>
        <translation>노트북용으로 신경망을 PyTorch 모듈로, 가중치와 predict.py를 씁니다 (docs/notebooks.md)</translation>
    </message>
    <message>
        <source>This is a TorchScript model: the .pt file is the PyTorch model</source>
        <translation>TorchScript 모델입니다. .pt 파일이 곧 PyTorch 모델입니다</translation>
    </message>
    <message>
        <source>Folder to export the model into</source>
        <translation>모델을 내보낼 폴더</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>내보내는 중...</translation>
    </message>
    <message>
        <source>Exported to PyTorch</source>
        <translation>PyTorch로 내보냄</translation>
    </message>
    <message>
        <source>Export to PyTorch</source>
        <translation>PyTorch로 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) into %1.

In a terminal: python3 %2 clip.wav</source>
        <translation>
            <numerusform>%1에 파일 %n개를 썼습니다.

터미널에서: python3 %2 clip.wav</numerusform>
        </translation>
    </message>
    <message>
        <source>The model was not exported: %1</source>
        <translation>모델을 내보내지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::PredictionDetails</name>
    <message>
        <source>Genre of each segment along the file (hover for its probabilities):</source>
        <translation>파일을 따라 각 구간의 장르 (마우스를 올리면 확률 표시):</translation>
    </message>
    <message>
        <source>%1: waiting for its prediction...</source>
        <translation>%1: 예측을 기다리는 중...</translation>
    </message>
    <message>
        <source>%1 could not be predicted: %2</source>
        <translation>%1을(를) 예측할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;unsure&lt;/b&gt;: the file is (nearly) silent, there is no music to tell a genre from</source>
        <translation>&lt;b&gt;불확실&lt;/b&gt;: 파일이 (거의) 무음이라 장르를 판단할 음악이 없습니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;unsure&lt;/b&gt;: this does not sound like any of the %1 GTZAN genres (most like %2, %3%)</source>
        <translation>&lt;b&gt;불확실&lt;/b&gt;: %1개 GTZAN 장르 중 어느 것과도 닮지 않았습니다 (가장 가까운 장르 %2, %3%)</translation>
    </message>
    <message>
        <source>&lt;b&gt;unsure&lt;/b&gt;: between %1 and %2 (%3%)</source>
        <translation>&lt;b&gt;불확실&lt;/b&gt;: %1와(과) %2 사이 (%3%)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2%)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2%)</translation>
    </message>
    <message>
        <source>%1 (%2%, not calibrated)</source>
        <translation>%1 (%2%, 보정되지 않음)</translation>
    </message>
    <message>
        <source>&lt;b&gt;unsure&lt;/b&gt;: %1 s of audio is too little to tell a genre from</source>
        <translation>&lt;b&gt;불확실&lt;/b&gt;: %1초의 오디오로는 장르를 알기에 너무 짧습니다</translation>
    </message>
    <message>
        <source>sounds %1: this model was not trained on %1</source>
        <translation>%1처럼 들립니다: 이 모델은 %1(으)로 학습되지 않았습니다</translation>
    </message>
    <message>
        <source>sounds %1: GTZAN has no such genre</source>
        <translation>%1처럼 들립니다: GTZAN에는 그런 장르가 없습니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3; refining...</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3; 다듬는 중...</translation>
    </message>
    <message>
        <source>decode %1 ms, features %2 ms, network %3 ms; %4 ms from drop to probabilities</source>
        <translation>디코딩 %1 ms, 특징 %2 ms, 신경망 %3 ms; 놓기부터 확률까지 %4 ms</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3, segments: %4; %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3, 구간: %4; %5</translation>
    </message>
    <message>
        <source>Tags: this model does not use musicnn.</source>
        <translation>태그: 이 모델은 musicnn을 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>musicnn&apos;s top tags: %1</source>
        <translation>musicnn의 상위 태그: %1</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::PredictionPanel</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV 내보내기...</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>파일 추가...</translation>
    </message>
    <message>
        <source>Add folder...</source>
        <translation>폴더 추가...</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>Open model...</source>
        <translation>모델 열기...</translation>
    </message>
    <message>
        <source>Use starter model</source>
        <translation>시작 모델 사용</translation>
    </message>
    <message>
        <source>%v / %m files</source>
        <translation>파일 %v / %m</translation>
    </message>
    <message>
        <source>Predict the genre of audio files</source>
        <translation>오디오 파일의 장르 예측</translation>
    </message>
    <message>
        <source>Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3);;All files (*)</source>
        <translation>오디오 (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Predict every audio file in a folder</source>
        <translation>폴더 안의 모든 오디오 파일 예측</translation>
    </message>
    <message>
        <source>Export the predictions</source>
        <translation>예측 결과 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>모델 파일 열기</translation>
    </message>
    <message>
        <source>Model not loaded</source>
        <translation>모델을 불러오지 않음</translation>
    </message>
    <message>
        <source>No audio files in %1</source>
        <translation>%1에 오디오 파일이 없습니다</translation>
    </message>
    <message>
        <source>Files to predict: %1</source>
        <translation>예측할 파일: %1</translation>
    </message>
    <message>
        <source>Cancelled before it was predicted.</source>
        <translation>예측하기 전에 취소되었습니다.</translation>
    </message>
    <message>
        <source>%1: %2 (%3%), %4 ms from drop to probabilities</source>
        <translation>%1: %2 (%3%), 놓은 뒤 확률까지 %4 ms</translation>
    </message>
    <message>
        <source>Drop audio files or a folder here, or use Add files...</source>
        <translation>오디오 파일이나 폴더를 여기에 놓거나 &quot;파일 추가...&quot;를 사용하세요</translation>
    </message>
    <message>
        <source>The selected file is shown and played here.</source>
        <translation>선택한 파일을 여기에서 보여 주고 재생합니다.</translation>
    </message>
    <message>
        <source>%1. The model in use stays.</source>
        <translation>%1. 사용 중인 모델은 그대로입니다.</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>모델: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>starter</source>
        <translation>시작 모델</translation>
    </message>
    <message>
        <source>Starter model</source>
        <translation>시작 모델</translation>
    </message>
    <message>
        <source>Predictions of %1 files written to %2</source>
        <translation>파일 %1개의 예측을 %2에 썼습니다</translation>
    </message>
    <message>
        <source>Small starter (cnn1d)</source>
        <translation>작은 시작 모델 (cnn1d)</translation>
    </message>
    <message>
        <source>A small spectrogram network (cnn1d) trained on 30 clips: fast, but far less accurate than the starter.</source>
        <translation>30개 클립으로 학습한 작은 스펙트로그램 신경망(cnn1d): 빠르지만 시작 모델보다 훨씬 부정확합니다.</translation>
    </message>
    <message>
        <source>Model details...</source>
        <translation>모델 세부 정보...</translation>
    </message>
    <message>
        <source>The model&apos;s cross-validated or test confusion matrix and how it was made.</source>
        <translation>모델의 교차 검증 또는 테스트 혼동 행렬과 만들어진 방법.</translation>
    </message>
    <message>
        <source>No files yet</source>
        <translation>아직 파일 없음</translation>
    </message>
    <message>
        <source>The model used last time could not be loaded, so the starter model is used: %1</source>
        <translation>지난번에 사용한 모델을 불러올 수 없어 시작 모델을 사용합니다: %1</translation>
    </message>
    <message>
        <source>%1: unsure, %2 (most like %3), %4 ms from drop to probabilities</source>
        <translation>%1: 불확실, %2 (가장 가까운 장르 %3), 놓기부터 확률까지 %4 ms</translation>
    </message>
    <message>
        <source>%1: the model cannot be loaded (%2)</source>
        <translation>%1: 모델을 불러올 수 없습니다 (%2)</translation>
    </message>
    <message>
        <source>small starter (cnn1d)</source>
        <translation>작은 시작 모델 (cnn1d)</translation>
    </message>
    <message>
        <source>Small starter model</source>
        <translation>작은 시작 모델</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt; (loading another...)</source>
        <translation>모델: &lt;b&gt;%1&lt;/b&gt; (다른 모델을 불러오는 중...)</translation>
    </message>
    <message>
        <source>Loading the model...</source>
        <translation>모델을 불러오는 중...</translation>
    </message>
    <message>
        <source>Export labels...</source>
        <translation>레이블 내보내기...</translation>
    </message>
    <message>
        <source>The selected file&apos;s segment genres as a label track for Audacity (File &gt; Import &gt; Labels) or an annotation layer for Sonic Visualiser (File &gt; Import Annotation Layer)</source>
        <translation>선택한 파일의 세그먼트 장르를 Audacity 레이블 트랙(파일 &gt; 가져오기 &gt; 레이블) 또는 Sonic Visualiser 주석 레이어(File &gt; Import Annotation Layer)로</translation>
    </message>
    <message>
        <source>Select a file with an answer to export its labels</source>
        <translation>레이블을 내보내려면 답이 있는 파일을 고르세요</translation>
    </message>
    <message>
        <source>Audacity labels (*.txt)</source>
        <translation>Audacity 레이블 (*.txt)</translation>
    </message>
    <message>
        <source>Sonic Visualiser annotation layer (*.csv)</source>
        <translation>Sonic Visualiser 주석 레이어 (*.csv)</translation>
    </message>
    <message>
        <source>Export the segment genres as labels</source>
        <translation>세그먼트 장르를 레이블로 내보내기</translation>
    </message>
    <message>
        <source>Segment genres of %1 written to %2</source>
        <translation>%1의 세그먼트 장르를 %2에 썼습니다</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::PredictionQueueModel</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>장르</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>불확실</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>%1; refining.</source>
        <translation>%1; 다듬는 중.</translation>
    </message>
    <message>
        <source>Unsure: %1 (most like %2)</source>
        <translation>불확실: %1 (가장 가까운 장르 %2)</translation>
    </message>
    <message>
        <source>%1 (the model is not calibrated: its confidence may not mean what it says)</source>
        <translation>%1 (모델이 보정되지 않았습니다: 신뢰도가 보이는 그대로의 의미가 아닐 수 있습니다)</translation>
    </message>
    <message>
        <source>a first answer from one excerpt of the file</source>
        <translation>파일의 발췌 1개로 낸 첫 답</translation>
    </message>
    <message>
        <source>a first answer from %1 excerpts spread over the file</source>
        <translation>파일 전체에 흩어진 발췌 %1개로 낸 첫 답</translation>
    </message>
    <message>
        <source>an answer from %1% of the file and one excerpt of the rest</source>
        <translation>파일의 %1%와 나머지 부분의 발췌 1개로 낸 답</translation>
    </message>
    <message>
        <source>an answer from %1% of the file and %2 excerpts of the rest</source>
        <translation>파일의 %1%와 나머지 부분의 발췌 %2개로 낸 답</translation>
    </message>
    <message>
        <source>a first answer from %1% of the file</source>
        <translation>파일의 %1%로 낸 첫 답</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>A new language shows fully after a restart.</source>
        <translation>새 언어는 다시 시작한 뒤에 모두 적용됩니다.</translation>
    </message>
    <message>
        <source>none: the GTZAN sample beside the checkout, else the synthetic demo set</source>
        <translation>없음: 체크아웃 옆의 GTZAN 샘플, 없으면 합성 데모 세트</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>찾아보기(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Data set folder:</source>
        <translation>데이터 세트 폴더(&amp;D):</translation>
    </message>
    <message>
        <source>Recent files and folders</source>
        <translation>최근 파일과 폴더</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>스펙트로그램</translation>
    </message>
    <message>
        <source>Data set folder</source>
        <translation>데이터 세트 폴더</translation>
    </message>
    <message>
        <source>Automatic (a CUDA GPU when there is one)</source>
        <translation>자동 (CUDA GPU가 있으면 사용)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Where training, evaluation and prediction run. This LibTorch: %1.</source>
        <translation>학습, 평가, 예측을 실행할 장치. 이 LibTorch: %1.</translation>
    </message>
    <message>
        <source>CUDA is usable</source>
        <translation>CUDA 사용 가능</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU 전용</translation>
    </message>
    <message>
        <source>Co&amp;mpute on:</source>
        <translation>연산 장치(&amp;M):</translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation>연산 장치</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>자동 (%1)</translation>
    </message>
    <message>
        <source>Threads LibTorch uses for training, evaluation and prediction. Automatic leaves one core to the window. A change applies to the jobs started after it.</source>
        <translation>LibTorch가 학습, 평가, 예측에 쓰는 스레드 수입니다. 자동은 창을 위해 코어 하나를 남깁니다. 변경은 그 뒤에 시작한 작업에 적용됩니다.</translation>
    </message>
    <message>
        <source>Compute t&amp;hreads:</source>
        <translation>연산 스레드(&amp;H):</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ReplicasView</name>
    <message>
        <source>&amp;Find replicas</source>
        <translation>복제본 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>The same audio twice: exact copies and near ones (trimmed, at another gain, lossy-coded, filed under another genre), from Chromaprint fingerprints compared over time offsets. GTZAN has about 50 exact replicas; a replica on both sides of a split is a test clip the model has already heard.</source>
        <translation>같은 오디오가 두 번: 정확한 사본과 거의 같은 사본(잘렸거나, 게인이 다르거나, 손실 압축되었거나, 다른 장르로 분류된 것)을 시간 오프셋에 걸쳐 비교한 Chromaprint 지문으로 찾습니다. GTZAN에는 정확한 복제본이 약 50개 있습니다. 분할의 양쪽에 걸친 복제본은 모델이 이미 들어 본 테스트 클립입니다.</translation>
    </message>
    <message>
        <source>Share of agreeing fingerprint bits from which two clips are replicas (distinct songs of the sample: at most 0.62)</source>
        <translation>두 클립을 복제본으로 판단하는 지문 비트 일치 비율 (샘플의 서로 다른 곡: 최대 0.62)</translation>
    </message>
    <message>
        <source>Similarity threshold:</source>
        <translation>유사도 임계값:</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>유사도</translation>
    </message>
    <message>
        <source>Offset (s)</source>
        <translation>오프셋 (초)</translation>
    </message>
    <message>
        <source>Play A</source>
        <translation>A 재생</translation>
    </message>
    <message>
        <source>Play B</source>
        <translation>B 재생</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Show A in browser</source>
        <translation>탐색기에서 A 보기</translation>
    </message>
    <message>
        <source>Plays clip A; if B plays, from the same moment of the music (key A)</source>
        <translation>클립 A를 재생합니다. B가 재생 중이면 음악의 같은 지점부터 재생합니다 (A 키)</translation>
    </message>
    <message>
        <source>Plays clip B; if A plays, from the same moment of the music (key B)</source>
        <translation>클립 B를 재생합니다. A가 재생 중이면 음악의 같은 지점부터 재생합니다 (B 키)</translation>
    </message>
    <message>
        <source>Open a data set folder first.</source>
        <translation>먼저 데이터 세트 폴더를 여세요.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>정확</translation>
    </message>
    <message>
        <source>near</source>
        <translation>유사</translation>
    </message>
    <message>
        <source>%1 replica of %2 (%3)</source>
        <translation>%2의 복제본 (%1, %3)</translation>
    </message>
    <message>
        <source>%1 files, %2 replica pairs (fingerprints: %3 from the cache, %4 computed; comparison %5 s)%6</source>
        <translation>파일 %1개, 복제본 쌍 %2개 (지문: 캐시에서 %3개, 새로 계산 %4개; 비교 %5초)%6</translation>
    </message>
    <message>
        <source>; %1 files could not be read</source>
        <translation>; 파일 %1개를 읽을 수 없음</translation>
    </message>
    <message>
        <source>Finding replicas</source>
        <translation>복제본 찾기</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::RunHistoryPanel</name>
    <message>
        <source>last %1 / genre</source>
        <translation>장르당 마지막 %1개</translation>
    </message>
    <message>
        <source>stratified %1</source>
        <translation>층화 %1</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>다시 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>비교(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>삭제 취소(&amp;U)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>CSV 내보내기(&amp;X)...</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>특징</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>구간 나누기</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>증강</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>Train acc %</source>
        <translation>학습 정확도 %</translation>
    </message>
    <message>
        <source>Val acc %</source>
        <translation>검증 정확도 %</translation>
    </message>
    <message>
        <source>Test acc %</source>
        <translation>테스트 정확도 %</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s curves and confusion matrix</source>
        <translation>선택한 실행의 곡선과 혼동 행렬 보기</translation>
    </message>
    <message>
        <source>Overlay the epoch curves of the selected runs</source>
        <translation>선택한 실행들의 에포크 곡선 겹쳐 보기</translation>
    </message>
    <message>
        <source>Export run history</source>
        <translation>실행 기록 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>The run history was not saved because its file could not be read: %1</source>
        <translation>기록 파일을 읽을 수 없어 실행 기록을 저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>whole clip</source>
        <translation>클립 전체</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) from the history (Undo brings them back; the model files stay).</source>
        <translation>
            <numerusform>기록에서 실행 %n개를 삭제했습니다 (삭제 취소로 되돌릴 수 있고, 모델 파일은 남습니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Predict with the selected run&apos;s model in the Predict tab</source>
        <translation>선택한 실행의 모델로 예측 탭에서 예측</translation>
    </message>
    <message>
        <source>Use &amp;in Predict</source>
        <translation>예측에 사용(&amp;I)</translation>
    </message>
    <message>
        <source>Evaluate on fo&amp;lder...</source>
        <translation>폴더에서 평가(&amp;L)...</translation>
    </message>
    <message>
        <source>Evaluate the selected run&apos;s model on the clips of a folder (as gtzan-cli eval does)</source>
        <translation>선택한 실행의 모델을 폴더의 클립으로 평가합니다 (gtzan-cli eval과 같음)</translation>
    </message>
    <message>
        <source>Evaluate on the clips of</source>
        <translation>평가할 클립 폴더</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::SaliencyControls</name>
    <message>
        <source>Play what it listened to</source>
        <translation>모델이 들은 부분 재생</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Occlusion</source>
        <translation>가림(occlusion)</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Occlusion silences blocks of the input one at a time and measures the drop (every model); Grad-CAM weighs the last convolutional block by its gradients (convolutional models)</source>
        <translation>가림(occlusion)은 입력의 블록을 하나씩 무음으로 만들어 확률이 떨어지는 정도를 잽니다 (모든 모델); Grad-CAM은 마지막 합성곱 블록을 그 기울기로 가중합니다 (합성곱 모델)</translation>
    </message>
    <message>
        <source>The genre to explain: what in this clip makes it that genre</source>
        <translation>설명할 장르: 이 클립의 무엇이 그 장르로 만드는지</translation>
    </message>
    <message>
        <source>Opacity of the saliency over the spectrogram</source>
        <translation>스펙트로그램 위에 겹친 중요도의 불투명도</translation>
    </message>
    <message>
        <source>Play the clip gated by the map: what drove the answer stays, the rest falls silent</source>
        <translation>중요도 맵으로 거른 클립 재생: 답을 이끈 부분은 남고 나머지는 조용해집니다</translation>
    </message>
    <message>
        <source>Show what the model listened to for this clip (Ctrl+E)</source>
        <translation>이 클립에서 모델이 무엇을 들었는지 보기 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Saliency:</source>
        <translation>중요도:</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <source>Predicted genre</source>
        <translation>예측 장르</translation>
    </message>
    <message>
        <source>Explain shows what the model listened to in this clip.</source>
        <translation>&quot;설명&quot;은 이 클립에서 모델이 무엇을 들었는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>No model to explain.</source>
        <translation>설명할 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Open a clip first.</source>
        <translation>먼저 클립을 여세요.</translation>
    </message>
    <message>
        <source>Loading the model...</source>
        <translation>모델을 불러오는 중...</translation>
    </message>
    <message>
        <source>%1 for %2 (p %3) on the %4. Masking its top 10% drops p by %5, 10% at random by %6: %7</source>
        <translation>%4에서 %2에 대한 %1 (p %3). 상위 10%를 가리면 p가 %5만큼, 무작위 10%를 가리면 %6만큼 떨어집니다: %7</translation>
    </message>
    <message>
        <source>the map passes the check.</source>
        <translation>중요도 맵이 검사를 통과했습니다.</translation>
    </message>
    <message>
        <source>the map fails the check; do not read much into it.</source>
        <translation>중요도 맵이 검사를 통과하지 못했습니다; 크게 믿지 마세요.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>Cannot explain this clip: %1</source>
        <translation>이 클립을 설명할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Explaining... %1%</source>
        <translation>설명하는 중... %1%</translation>
    </message>
    <message>
        <source>Cannot play it: %1</source>
        <translation>재생할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>입력하여 거르기</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::SuspectsView</name>
    <message>
        <source>&amp;Rank suspect labels</source>
        <translation>의심 레이블 순위 매기기(&amp;R)</translation>
    </message>
    <message>
        <source>Which clips do the models find least likely to be the genre they are filed under? Each clip is judged by a model that never saw it (k-fold cross-validation of a small network on pretrained musicnn embeddings). The top of the list is where to listen for mislabelings: GTZAN has dozens (Sturm 2013). A suspect is not proof; listen, and decide.</source>
        <translation>모델이 보기에 분류된 장르일 가능성이 가장 낮은 클립은 어느 것일까요? 각 클립은 그 클립을 한 번도 보지 못한 모델이 판정합니다 (사전 학습된 musicnn 임베딩 위에서 작은 신경망을 k-겹 교차 검증). 목록의 맨 위부터 잘못 붙은 레이블을 찾아 들어 보세요: GTZAN에는 그런 레이블이 수십 개 있습니다 (Sturm 2013). 의심은 증거가 아닙니다. 들어 보고 판단하세요.</translation>
    </message>
    <message>
        <source>Folds:</source>
        <translation>폴드 수:</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>클립</translation>
    </message>
    <message>
        <source>Filed as</source>
        <translation>분류된 장르</translation>
    </message>
    <message>
        <source>p(filed)</source>
        <translation>p(분류)</translation>
    </message>
    <message>
        <source>Likeliest</source>
        <translation>가장 유력한 장르</translation>
    </message>
    <message>
        <source>p(likeliest)</source>
        <translation>p(가장 유력)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Show in browser</source>
        <translation>탐색기에서 보기</translation>
    </message>
    <message>
        <source>Plays the selected clip (Space)</source>
        <translation>선택한 클립을 재생합니다 (스페이스)</translation>
    </message>
    <message>
        <source>Open a data set folder first.</source>
        <translation>먼저 데이터 세트 폴더를 여세요.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <source>%1 clips ranked; %2-fold out-of-fold accuracy %3 (%4).</source>
        <translation>클립 %1개 순위 매김; %2-겹 폴드 외(out-of-fold) 정확도 %3 (%4).</translation>
    </message>
    <message>
        <source>Ranking suspect labels</source>
        <translation>의심 레이블 순위 매기기</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::SweepView</name>
    <message>
        <source>Run &amp;sweep</source>
        <translation>스윕 실행(&amp;S)</translation>
    </message>
    <message>
        <source>Model file...</source>
        <translation>모델 파일...</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>시작 모델</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Strengths, separated by commas</source>
        <translation>강도 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>Perturbation:</source>
        <translation>교란:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>단계:</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>PNG 내보내기...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV 내보내기...</translation>
    </message>
    <message>
        <source>Model to sweep</source>
        <translation>스윕할 모델</translation>
    </message>
    <message>
        <source>Export sweep chart</source>
        <translation>스윕 차트 내보내기</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Export sweep points</source>
        <translation>스윕 측정점 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open a data set folder first.</source>
        <translation>먼저 데이터 세트 폴더를 여세요.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <source>the starter model (embed_mlp on musicnn MSD)</source>
        <translation>시작 모델 (musicnn MSD 기반 embed_mlp)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: give the steps as numbers separated by commas.</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다: 단계를 쉼표로 구분한 숫자로 입력하세요.</translation>
    </message>
    <message>
        <source>Give at least one step.</source>
        <translation>단계를 하나 이상 입력하세요.</translation>
    </message>
    <message>
        <source>none %1</source>
        <translation>교란 없음 %1</translation>
    </message>
    <message>
        <source>%1 on %2 clips (dashed: unperturbed). %3</source>
        <translation>클립 %2개에서 %1 (점선: 교란 없음). %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Run the sweep first: there is nothing to export.</source>
        <translation>먼저 스윕을 실행하세요: 내보낼 것이 없습니다.</translation>
    </message>
    <message>
        <source>Is it a &quot;horse&quot;? Sturm (2014) named genre classifiers after Clever Hans, the horse that seemed to count but read its trainer&apos;s face: a system that scores well for reasons that are not the music&apos;s genre. A model that knows genre should not care about a 4% change of tempo; Sturm showed that changes of at most 6% swing some systems&apos; accuracy widely. Evaluate a model on this folder with every clip perturbed, step by step.</source>
        <translation>&quot;말(horse)&quot;일까요? Sturm(2014)은 숫자를 세는 듯했지만 실은 조련사의 표정을 읽었던 말 Clever Hans(영리한 한스)에 빗대어 장르 분류기를 말이라고 불렀습니다: 음악의 장르가 아닌 이유로 좋은 점수를 내는 시스템이라는 뜻입니다. 장르를 아는 모델이라면 템포가 4% 바뀌는 정도는 신경 쓰지 않아야 합니다. Sturm은 최대 6%의 변화만으로도 일부 시스템의 정확도가 크게 흔들린다는 것을 보였습니다. 모든 클립을 단계별로 교란하면서 이 폴더에서 모델을 평가합니다.</translation>
    </message>
    <message>
        <source>Robustness sweep</source>
        <translation>강건성 스윕</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::TaskControls</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::TrainingDashboard</name>
    <message>
        <source>&amp;Start training</source>
        <translation>학습 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>취소 (Esc)</translation>
    </message>
    <message>
        <source>Start a run with these settings (Ctrl+Return)</source>
        <translation>이 설정으로 실행 시작 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Set-up</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Curves</source>
        <translation>곡선(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;onfusion</source>
        <translation>혼동 행렬(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>기록(&amp;H)</translation>
    </message>
    <message>
        <source>Set up a run and press Start. Runs land in the history; models are saved under %1.</source>
        <translation>실행을 설정하고 시작을 누르세요. 실행은 기록에 남고, 모델은 %1에 저장됩니다.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Training on %1 clips (%2 validation, %3 test)...</source>
        <translation>클립 %1개로 학습 중 (검증 %2, 테스트 %3)...</translation>
    </message>
    <message>
        <source>Loading features of %1 ...</source>
        <translation>%1의 특징을 불러오는 중 ...</translation>
    </message>
    <message>
        <source>Cancelling (the run stops within a batch)...</source>
        <translation>취소하는 중 (실행은 배치 하나 안에서 멈춥니다)...</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Loading features: %1 clips %2 / %3</source>
        <translation>특징 불러오는 중: %1 클립 %2 / %3</translation>
    </message>
    <message>
        <source>Run %1/%2, epoch %3/%4, batch %5/%6 · %7 samples/s · %8 elapsed, ETA %9</source>
        <translation>실행 %1/%2, 에포크 %3/%4, 배치 %5/%6 · 초당 샘플 %7개 · %8 경과, 남은 시간 %9</translation>
    </message>
    <message>
        <source>Last epoch: train loss %1, accuracy %2%</source>
        <translation>마지막 에포크: 학습 손실 %1, 정확도 %2%</translation>
    </message>
    <message>
        <source>; validation accuracy %1%</source>
        <translation>; 검증 정확도 %1%</translation>
    </message>
    <message>
        <source>Cancelled after %1; the run is not kept in the history.</source>
        <translation>%1 뒤에 취소했습니다; 이 실행은 기록에 남지 않습니다.</translation>
    </message>
    <message>
        <source>Finished in %1.</source>
        <translation>%1 만에 완료했습니다.</translation>
    </message>
    <message>
        <source>Model saved as %1.</source>
        <translation>모델을 %1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>(GUI thread max stall %1 ms)</source>
        <translation>(GUI 스레드 최대 정지 %1 ms)</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>학습 실패: %1</translation>
    </message>
    <message>
        <source>A run is in progress: reopen a run when it is done.</source>
        <translation>실행이 진행 중입니다: 끝난 뒤에 실행을 다시 여세요.</translation>
    </message>
    <message>
        <source>Showing the run of %1 (%2).</source>
        <translation>%1의 실행을 보여 줍니다 (%2).</translation>
    </message>
    <message>
        <source>A run is in progress: compare runs when it is done.</source>
        <translation>실행이 진행 중입니다: 끝난 뒤에 실행들을 비교하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s): dashed = train, solid = validation.</source>
        <translation>
            <numerusform>실행 %n개 비교: 점선 = 학습, 실선 = 검증.</numerusform>
        </translation>
    </message>
    <message>
        <source>Predict with the model of the run that just finished, in the Predict tab</source>
        <translation>방금 끝난 실행의 모델로 예측 탭에서 예측</translation>
    </message>
    <message>
        <source>Use &amp;in Predict</source>
        <translation>예측에 사용(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Leakage experiment</source>
        <translation>누수 실험(&amp;L)</translation>
    </message>
    <message>
        <source>Train one model three ways (segments split at random, clips split at random, the fault-filtered split) and compare their test accuracies: what GTZAN&apos;s leakage adds (Faults tab)</source>
        <translation>모델 하나를 세 가지 방식(세그먼트 무작위 분할, 클립 무작위 분할, 결함 필터링 분할)으로 학습시켜 테스트 정확도를 비교합니다: GTZAN의 누수(leakage)가 부풀리는 몫 (결함 탭)</translation>
    </message>
    <message>
        <source>Test accuracy %1% (split: %2).</source>
        <translation>테스트 정확도 %1% (분할: %2).</translation>
    </message>
    <message>
        <source>E&amp;xperiments</source>
        <translation>실험(&amp;X)</translation>
    </message>
    <message>
        <source>Not calibrated: give validation clips or cross-validation folds to fit it on.</source>
        <translation>보정되지 않음: 보정할 검증 클립이나 교차 검증 폴드를 지정하세요.</translation>
    </message>
    <message>
        <source>Calibrated on %1 validation clips</source>
        <translation>검증 클립 %1개로 보정됨</translation>
    </message>
    <message>
        <source>Calibrated on %1 out-of-fold clips</source>
        <translation>폴드 밖 클립 %1개로 보정됨</translation>
    </message>
    <message>
        <source> (expected calibration error %1 before, %2 after).</source>
        <translation> (기대 보정 오차: 보정 전 %1, 보정 후 %2).</translation>
    </message>
    <message>
        <source>Cross-validating to calibrate: fold %1 of %2 ...</source>
        <translation>보정을 위한 교차 검증: 폴드 %2개 중 %1번째 ...</translation>
    </message>
    <message>
        <source>Learning what the training music sounds like (musicnn): %1 of %2 clips ...</source>
        <translation>학습 음악이 어떻게 들리는지 익히는 중 (musicnn): 클립 %2개 중 %1개 ...</translation>
    </message>
    <message>
        <source>On the test clips: expected calibration error %1.</source>
        <translation>테스트 클립에서: 기대 보정 오차 %1.</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>학습 %1</translation>
    </message>
    <message>
        <source>run %1 of %2, epoch %3 of %4</source>
        <translation>실행 %1/%2, 에포크 %3/%4</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::TrainingSetupPanel</name>
    <message>
        <source>Cut clips into segments of</source>
        <translation>클립을 다음 길이의 구간으로 자르기</translation>
    </message>
    <message>
        <source>The folder open in the data set browser</source>
        <translation>데이터 세트 탐색기에 열린 폴더</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <source>GTZAN folder to train on</source>
        <translation>학습에 쓸 GTZAN 폴더</translation>
    </message>
    <message>
        <source>8 genres (GCT634: no blues, no rock)</source>
        <translation>8개 장르 (GCT634: 블루스, 록 제외)</translation>
    </message>
    <message>
        <source>All 10 genres</source>
        <translation>10개 장르 모두</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>장르</translation>
    </message>
    <message>
        <source>Last clips of each genre are test</source>
        <translation>장르마다 마지막 클립이 테스트</translation>
    </message>
    <message>
        <source>Seeded stratified split</source>
        <translation>시드 기반 층화 분할</translation>
    </message>
    <message>
        <source>Split files (fault-filtered, GCT634, your own)</source>
        <translation>분할 파일 (fault-filtered, GCT634, 직접 만든 것)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>분할</translation>
    </message>
    <message>
        <source> test clips per genre</source>
        <translation> 장르당 테스트 클립</translation>
    </message>
    <message>
        <source>test share </source>
        <translation>테스트 비율 </translation>
    </message>
    <message>
        <source>Folder with train*.txt, test*.txt, valid*.txt</source>
        <translation>train*.txt, test*.txt, valid*.txt가 있는 폴더</translation>
    </message>
    <message>
        <source>Folder with split lists</source>
        <translation>분할 목록이 있는 폴더</translation>
    </message>
    <message>
        <source>Taken from the training clips (seeded), unless the split files have a validation list</source>
        <translation>분할 파일에 검증 목록이 없으면 학습 클립에서 (시드로) 뽑습니다</translation>
    </message>
    <message>
        <source>Validation clips per genre</source>
        <translation>장르당 검증 클립</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>특징</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>구간 나누기</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Offline (one augmented copy per clip)</source>
        <translation>오프라인 (클립마다 증강 사본 하나)</translation>
    </message>
    <message>
        <source>Online (a fresh copy every epoch)</source>
        <translation>온라인 (에포크마다 새 사본)</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>증강</translation>
    </message>
    <message>
        <source>Augmentation chain</source>
        <translation>증강 체인</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Fusion backbone</source>
        <translation>퓨전 백본</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Seeds (runs)</source>
        <translation>시드 (실행 수)</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>첫 시드</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Early stop after</source>
        <translation>조기 종료 기준</translation>
    </message>
    <message>
        <source>Per-band mean and spread (no network)</source>
        <translation>대역별 평균과 편차 (신경망 없음)</translation>
    </message>
    <message>
        <source>musicnn, trained on MSD</source>
        <translation>musicnn, MSD로 학습</translation>
    </message>
    <message>
        <source>musicnn, trained on MTT</source>
        <translation>musicnn, MTT로 학습</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>임베딩</translation>
    </message>
    <message>
        <source>A full GTZAN: the fault-filtered split is chosen (artists kept apart, replicas and mislabelled clips left out). A random split would report leakage as accuracy.</source>
        <translation>전체 GTZAN: 결함 필터링 분할(fault-filtered)이 선택되었습니다 (아티스트를 서로 떼어 놓고, 복제본과 레이블이 잘못된 클립은 제외). 무작위 분할이라면 누수(leakage)를 정확도로 보고하게 됩니다.</translation>
    </message>
    <message>
        <source>Add rhythm (tempo and onsets, aubio)</source>
        <translation>리듬 추가 (템포와 온셋, aubio)</translation>
    </message>
    <message>
        <source>Append tempo and onset figures to the musicnn embedding: the reference report&apos;s idea against country taken for pop. The model file records it; prediction computes the same figures.</source>
        <translation>musicnn 임베딩에 템포와 온셋 수치를 덧붙입니다: 컨트리가 팝으로 오인되는 문제에 대한 참고 보고서의 아이디어입니다. 모델 파일에 이 설정이 기록되고, 예측할 때도 같은 수치를 계산합니다.</translation>
    </message>
    <message>
        <source> folds</source>
        <translation> 폴드</translation>
    </message>
    <message>
        <source>After training, train one model per fold on the other folds and predict the held-out clips: an honest accuracy without a test split, and the calibration of the model&apos;s confidences. Takes as many extra trainings as folds.</source>
        <translation>학습 후 폴드마다 나머지 폴드로 모델을 하나씩 학습하고 남겨 둔 클립을 예측합니다: 테스트 분할 없이 얻는 정직한 정확도와 모델 신뢰도의 보정. 폴드 수만큼 학습이 더 필요합니다.</translation>
    </message>
    <message>
        <source>Cross-validation</source>
        <translation>교차 검증</translation>
    </message>
    <message>
        <source>Open recipe...</source>
        <translation>레시피 열기...</translation>
    </message>
    <message>
        <source>Save recipe...</source>
        <translation>레시피 저장...</translation>
    </message>
    <message>
        <source>Open a training recipe</source>
        <translation>학습 레시피 열기</translation>
    </message>
    <message>
        <source>Training recipes (*.json)</source>
        <translation>학습 레시피 (*.json)</translation>
    </message>
    <message>
        <source>Open recipe</source>
        <translation>레시피 열기</translation>
    </message>
    <message>
        <source>Save the training recipe</source>
        <translation>학습 레시피 저장</translation>
    </message>
    <message>
        <source>Save recipe</source>
        <translation>레시피 저장</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::AudioPlayer</name>
    <message>
        <source>There is no audio output device, so nothing can be played.</source>
        <translation>오디오 출력 장치가 없어 아무것도 재생할 수 없습니다.</translation>
    </message>
    <message>
        <source>The audio output &quot;%1&quot; cannot play %2 Hz mono.</source>
        <translation>오디오 출력 &quot;%1&quot;에서 %2 Hz 모노를 재생할 수 없습니다.</translation>
    </message>
    <message>
        <source>The audio output refused to start (error %1).</source>
        <translation>오디오 출력을 시작할 수 없습니다(오류 %1).</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::AugmentationPanel</name>
    <message>
        <source>Randomise</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>A/B: showing A (original)</source>
        <translation>A/B: A 표시 중 (원본)</translation>
    </message>
    <message>
        <source>Play augmented (B)</source>
        <translation>증강본 재생 (B)</translation>
    </message>
    <message>
        <source>Export augmented WAV...</source>
        <translation>증강된 WAV 내보내기...</translation>
    </message>
    <message>
        <source>White noise SNR</source>
        <translation>백색 잡음 SNR</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Time shift</source>
        <translation>시간 이동</translation>
    </message>
    <message>
        <source>s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Time stretch</source>
        <translation>시간 늘이기</translation>
    </message>
    <message>
        <source>x</source>
        <translation>배</translation>
    </message>
    <message>
        <source>Pitch shift</source>
        <translation>음높이 이동</translation>
    </message>
    <message>
        <source>semitones</source>
        <translation>반음</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>게인</translation>
    </message>
    <message>
        <source>Frequency masks (2)</source>
        <translation>주파수 마스크 (2)</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>대역</translation>
    </message>
    <message>
        <source>Time masks (2)</source>
        <translation>시간 마스크 (2)</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>프레임</translation>
    </message>
    <message>
        <source>Next seed, then draw the preset&apos;s intensities for this clip, as training would</source>
        <translation>다음 시드로 넘어간 뒤, 학습할 때처럼 이 클립에 대한 프리셋 강도를 뽑습니다</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Switch between the original (A) and the augmented clip (B)</source>
        <translation>원본(A)과 증강된 클립(B) 사이를 전환합니다</translation>
    </message>
    <message>
        <source>Play the augmented clip (key B; key A plays the original)</source>
        <translation>증강된 클립을 재생합니다 (B 키; A 키는 원본 재생)</translation>
    </message>
    <message>
        <source>A/B: showing B (augmented)</source>
        <translation>A/B: B 표시 중 (증강본)</translation>
    </message>
    <message>
        <source>Compare A and B (C)</source>
        <translation>A와 B 비교 (C)</translation>
    </message>
    <message>
        <source>Adds white noise at this signal-to-noise ratio (lower: louder noise). The reference report used white noise on its augmented copies; ours draws 15-30 dB.</source>
        <translation>이 신호 대 잡음비로 백색 잡음을 더합니다 (낮을수록 잡음이 큼). 참고 보고서는 증강 사본에 백색 잡음을 썼고, 여기서는 15-30 dB에서 뽑습니다.</translation>
    </message>
    <message>
        <source>Rolls the clip in time by this many seconds; what falls off one end comes back at the other. The reference report used time shift on its augmented copies; ours draws -3..3 s.</source>
        <translation>클립을 이 초만큼 시간 축에서 순환 이동합니다. 한쪽 끝에서 밀려난 부분은 반대쪽 끝으로 다시 들어옵니다. 참고 보고서는 증강 사본에 시간 이동을 썼고, 여기서는 -3..3초에서 뽑습니다.</translation>
    </message>
    <message>
        <source>Plays faster (above 1) or slower (below 1) without changing the pitch (Rubber Band). The reference report used time stretch on its augmented copies; ours draws 0.8-1.25.</source>
        <translation>음높이를 바꾸지 않고 더 빠르게(1보다 크면) 또는 더 느리게(1보다 작으면) 재생합니다 (Rubber Band). 참고 보고서는 증강 사본에 시간 늘이기를 썼고, 여기서는 0.8-1.25에서 뽑습니다.</translation>
    </message>
    <message>
        <source>Moves every pitch up or down by this many semitones without changing the tempo (Rubber Band). Not in the reference report&apos;s recipe.</source>
        <translation>템포를 바꾸지 않고 모든 음높이를 이 반음 수만큼 올리거나 내립니다 (Rubber Band). 참고 보고서의 증강 구성에는 없습니다.</translation>
    </message>
    <message>
        <source>Makes the clip louder or quieter. Not in the reference report&apos;s recipe; the mel features in dB move by the same amount.</source>
        <translation>클립을 더 크게 또는 더 작게 만듭니다. 참고 보고서의 증강 구성에는 없으며, dB 단위의 멜 특징도 같은 양만큼 움직입니다.</translation>
    </message>
    <message>
        <source>SpecAugment: blanks two bands of mel rows this wide in the features. It changes what the model sees, not the sound. The reference report named SpecAugment as future work.</source>
        <translation>SpecAugment: 특징에서 이 너비만큼의 멜 행으로 된 대역 두 개를 지웁니다. 소리가 아니라 모델이 보는 것을 바꿉니다. 참고 보고서는 SpecAugment를 향후 과제로 꼽았습니다.</translation>
    </message>
    <message>
        <source>SpecAugment: blanks two stretches of frames this long in the features. It changes what the model sees, not the sound. The reference report named SpecAugment as future work.</source>
        <translation>SpecAugment: 특징에서 이 길이만큼의 프레임 구간 두 개를 지웁니다. 소리가 아니라 모델이 보는 것을 바꿉니다. 참고 보고서는 SpecAugment를 향후 과제로 꼽았습니다.</translation>
    </message>
    <message>
        <source>Show A and B together: both waveforms, both spectrograms on one colour scale, and their difference (key C)</source>
        <translation>A와 B를 함께 보기: 두 파형, 같은 색상 스케일의 두 스펙트로그램, 그리고 둘의 차이 (C 키)</translation>
    </message>
    <message>
        <source>Masks change the features, not the sound.</source>
        <translation>마스크는 소리가 아니라 특징을 바꿉니다.</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::ClipInspector</name>
    <message>
        <source>Select a clip to see and hear it.</source>
        <translation>클립을 선택하면 보고 들을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 — decoding...</source>
        <translation>%1 — 디코딩 중...</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1을(를) 표시할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 — %2 s at %3 Hz</source>
        <translation>%1 — %2초, %3 Hz</translation>
    </message>
    <message>
        <source>   [B: augmented]</source>
        <translation>   [B: 증강본]</translation>
    </message>
    <message>
        <source>   [A: original]</source>
        <translation>   [A: 원본]</translation>
    </message>
    <message>
        <source>Beat clicks</source>
        <translation>비트 클릭</translation>
    </message>
    <message>
        <source>Hear aubio&apos;s beats as clicks over the music (Ctrl+B)</source>
        <translation>aubio가 찾은 비트를 음악 위에 클릭 소리로 듣기 (Ctrl+B)</translation>
    </message>
    <message>
        <source>Switch an augmentation on to compare the original with the augmented clip.</source>
        <translation>증강을 켜면 원본과 증강된 클립을 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 — decoding: %2 of %3 s shown...</source>
        <translation>%1 — 디코딩 중: %3초 중 %2초 표시...</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::ClipTableModel</name>
    <message>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>장르</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>샘플링 속도</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>known fault: left out by the fault-filtered split (%1)</source>
        <translation>알려진 결함: 결함 필터링 분할에서 제외됨 (%1)</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>결함</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::CompareView</name>
    <message>
        <source>Waveforms: A (original, blue) and B (augmented, orange) on one amplitude scale</source>
        <translation>파형: A(원본, 파란색)와 B(증강본, 주황색), 같은 진폭 스케일</translation>
    </message>
    <message>
        <source>A: original</source>
        <translation>A: 원본</translation>
    </message>
    <message>
        <source>B: augmented, on A&apos;s colour scale</source>
        <translation>B: 증강본, A의 색상 스케일</translation>
    </message>
    <message>
        <source>B - A: red where B is louder, blue where it is quieter</source>
        <translation>B - A: B가 더 큰 곳은 빨간색, 더 작은 곳은 파란색</translation>
    </message>
    <message>
        <source>Switch an augmentation on to compare the original with the augmented clip.</source>
        <translation>증강을 켜면 원본과 증강된 클립을 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>SpecAugment&apos;s masks act on the features the model sees, not on the sound: B sounds as it would without them, and the masks show only in B&apos;s picture and in the difference.</source>
        <translation>SpecAugment의 마스크는 소리가 아니라 모델이 보는 특징에 작용합니다: B는 마스크가 없을 때와 똑같이 들리고, 마스크는 B의 그림과 차이에만 나타납니다.</translation>
    </message>
    <message>
        <source>B is %1 s long and A %2 s: the difference compares them moment by moment from the start.</source>
        <translation>B는 %1초, A는 %2초입니다: 차이는 처음부터 같은 시점끼리 비교한 것입니다.</translation>
    </message>
    <message>
        <source>No difference for this layer: %1.</source>
        <translation>이 레이어는 차이를 표시할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>Hover over a spectrogram to read time, frequency and level.</source>
        <translation>스펙트로그램 위에 마우스를 올리면 시간, 주파수, 레벨을 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::ConfusionMatrixView</name>
    <message>
        <source>%1: %2 of %3 clips right (%4%)</source>
        <translation>%1: 클립 %3개 중 %2개 맞음 (%4%)</translation>
    </message>
    <message>
        <source>%1 taken for %2: %3 of %4 clips (%5%)</source>
        <translation>%1을(를) %2(으)로 판단: 클립 %4개 중 %3개 (%5%)</translation>
    </message>
    <message>
        <source>No confusion matrix yet: finish a run with test clips, or open one from the history.</source>
        <translation>아직 혼동 행렬이 없습니다: 테스트 클립이 있는 실행을 마치거나 기록에서 하나를 여세요.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>true</source>
        <translation>실제</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::DatasetBrowser</name>
    <message>
        <source>Open a GTZAN folder (File &gt; Open folder, or drop it on the window).</source>
        <translation>GTZAN 폴더를 여세요 (파일 &gt; 폴더 열기, 또는 창에 끌어다 놓기).</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>장르</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>클립</translation>
    </message>
    <message>
        <source>Filter clips by name...</source>
        <translation>이름으로 클립 거르기...</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>%1 검사 중...</translation>
    </message>
    <message>
        <source>; %1 with problems (badged)</source>
        <translation>; 문제 있는 클립 %1개 (표시됨)</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>모든 장르</translation>
    </message>
    <message>
        <source> | split %1: %2 train / %3 validation / %4 test here</source>
        <translation> | 분할 %1: 여기에 학습 %2 / 검증 %3 / 테스트 %4</translation>
    </message>
    <message>
        <source>All clips</source>
        <translation>모든 클립</translation>
    </message>
    <message>
        <source>Without faults and replicas</source>
        <translation>결함과 복제본 제외</translation>
    </message>
    <message>
        <source>Only faults and replicas</source>
        <translation>결함과 복제본만</translation>
    </message>
    <message>
        <source>GTZAN&apos;s known faults (the clips the fault-filtered split leaves out) and the replicas found by fingerprint</source>
        <translation>GTZAN의 알려진 결함(결함 필터링 분할이 제외하는 클립)과 지문으로 찾은 복제본</translation>
    </message>
    <message>
        <source>%1: %2 clips, %3 h %4 min (%5 layout)%6%7</source>
        <translation>%1: 클립 %2개, %3시간 %4분 (%5 구조)%6%7</translation>
    </message>
    <message>
        <source>; %1 known GTZAN faults (flagged)</source>
        <translation>; 알려진 GTZAN 결함 %1개 (표시됨)</translation>
    </message>
    <message>
        <source>%1
Still showing %2.</source>
        <translation>%1
계속 표시 중: %2.</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::GenreProbabilityChart</name>
    <message>
        <source>probability</source>
        <translation>확률</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::ReliabilityDiagram</name>
    <message>
        <source>confidence (top probability)</source>
        <translation>신뢰도 (최고 확률)</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>보정됨</translation>
    </message>
    <message>
        <source>before (ECE %1)</source>
        <translation>보정 전 (ECE %1)</translation>
    </message>
    <message>
        <source>after (ECE %1)</source>
        <translation>보정 후 (ECE %1)</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::SaliencyStrip</name>
    <message>
        <source>Segment %1 (%2 to %3): saliency %4</source>
        <translation>구간 %1 (%2 ~ %3): 중요도 %4</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::SegmentTimeline</name>
    <message>
        <source>Segment %1 (%2 to %3): %4</source>
        <translation>구간 %1 (%2 ~ %3): %4</translation>
    </message>
    <message>
        <source>No prediction yet</source>
        <translation>아직 예측 없음</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::SpectrogramControls</name>
    <message>
        <source>Mel</source>
        <translation>멜</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>FFT</source>
        <translation>FFT</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>홉</translation>
    </message>
    <message>
        <source>Mel bands</source>
        <translation>멜 밴드</translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation>크로마</translation>
    </message>
    <message>
        <source>MFCC</source>
        <translation>MFCC</translation>
    </message>
    <message>
        <source>Onsets and beats</source>
        <translation>온셋과 비트</translation>
    </message>
    <message>
        <source>Tempogram</source>
        <translation>템포그램</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::SpectrogramView</name>
    <message>
        <source>Time (s)</source>
        <translation>시간 (초)</translation>
    </message>
    <message>
        <source>Hover over the spectrogram to read time, frequency and level.</source>
        <translation>스펙트로그램 위에 마우스를 올리면 시간, 주파수, 레벨을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Level (dB)</source>
        <translation>레벨 (dB)</translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation>주파수 (Hz)</translation>
    </message>
    <message>
        <source>Frequency (Hz, mel scale)</source>
        <translation>주파수 (Hz, 멜 스케일)</translation>
    </message>
    <message>
        <source>Frequency (Hz, log scale)</source>
        <translation>주파수 (Hz, 로그 스케일)</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>밴드</translation>
    </message>
    <message>
        <source>t %1 s   band %2   value %3</source>
        <translation>t %1초   밴드 %2   값 %3</translation>
    </message>
    <message>
        <source>t %1 s   %2 Hz   mel band %3 of %4   %5 dB</source>
        <translation>t %1초   %2 Hz   멜 밴드 %3/%4   %5 dB</translation>
    </message>
    <message>
        <source>No clip</source>
        <translation>클립 없음</translation>
    </message>
    <message>
        <source>Onset strength</source>
        <translation>온셋 강도</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>비트</translation>
    </message>
    <message>
        <source>Pitch class</source>
        <translation>음높이 클래스</translation>
    </message>
    <message>
        <source>MFCC coefficient</source>
        <translation>MFCC 계수</translation>
    </message>
    <message>
        <source>Tempo (BPM)</source>
        <translation>템포 (BPM)</translation>
    </message>
    <message>
        <source>Strength (0-1)</source>
        <translation>강도 (0-1)</translation>
    </message>
    <message>
        <source>Autocorrelation</source>
        <translation>자기상관</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>t %1 s   pitch class %2   strength %3</source>
        <translation>t %1초   음높이 클래스 %2   강도 %3</translation>
    </message>
    <message>
        <source>t %1 s   MFCC %2   value %3</source>
        <translation>t %1초   MFCC %2   값 %3</translation>
    </message>
    <message>
        <source>   onset %1   tempo %2 BPM</source>
        <translation>   온셋 %1   템포 %2 BPM</translation>
    </message>
    <message>
        <source>   saliency %1</source>
        <translation>   중요도 %1</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>B - A (dB)</source>
        <translation>B - A (dB)</translation>
    </message>
    <message>
        <source>Hz (mel)</source>
        <translation>Hz (멜)</translation>
    </message>
    <message>
        <source>Hz (log)</source>
        <translation>Hz (로그)</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>음높이</translation>
    </message>
    <message>
        <source>MFCC</source>
        <translation>MFCC</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>t %1 s   %2 BPM   autocorrelation %3   (beat tracker: %4 BPM; strongest in the tempogram: %5 BPM)</source>
        <translation>t %1초   %2 BPM   자기상관 %3   (비트 추적기: %4 BPM; 템포그램에서 가장 강한 템포: %5 BPM)</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::TaggramView</name>
    <message>
        <source>Tags over time appear here for models built on musicnn.</source>
        <translation>musicnn 기반 모델이면 시간에 따른 태그가 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>%1 at %2-%3: %4%</source>
        <translation>%1, %2-%3: %4%</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::TrainingCurves</name>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation>배치 손실</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>학습 정확도</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <source>%1 train</source>
        <translation>%1 학습</translation>
    </message>
    <message>
        <source>%1 validation</source>
        <translation>%1 검증</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::TransportBar</name>
    <message>
        <source>Loop</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>일시 정지 (스페이스)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>재생 (스페이스)</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::WaveformView</name>
    <message>
        <source>Amplitude</source>
        <translation>진폭</translation>
    </message>
    <message>
        <source>No clip</source>
        <translation>클립 없음</translation>
    </message>
    <message>
        <source>Amp.</source>
        <translation>진폭</translation>
    </message>
</context>
</TS>
