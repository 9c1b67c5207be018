package org.hamsafar.analytics.drivers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hamsafar.feedback.AnswerMatrix;
import org.hamsafar.feedback.Question;
import org.hamsafar.feedback.QuestionType;
import org.hamsafar.feedback.Survey;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/** Key-driver analysis of one survey's answers: checks the questions, reads the answers (pivoted in the database), fits. */
@Service
class DriverAnalysis {
    private final SurveyCatalog surveys;
    private final AnswerMatrix answers;

    DriverAnalysis(SurveyCatalog surveys, AnswerMatrix answers) {
        this.surveys = surveys;
        this.answers = answers;
    }

    DriverReport analyse(DriverRequest request) {
        Survey survey = surveys.find(request.surveyId())
                .orElseThrow(() -> InvalidInputException.of("surveyId", "no survey has this id"));
        Question outcome = outcome(survey, request.outcome());
        List<Question> drivers = drivers(survey, outcome, request.drivers());
        List<Question> columns = new ArrayList<>();
        columns.add(outcome);
        columns.addAll(drivers);
        AnswerMatrix.Matrix matrix = answers.scores(survey.id(), columns.stream().map(Question::key).toList(), request.from(), request.to(),
                request.segment());
        List<KeyDriverModel.Scale> scales = columns.stream().map(q -> new KeyDriverModel.Scale(q.minScore(), q.maxScore())).toList();
        KeyDriverModel.Fit fit = KeyDriverModel.fit(matrix.rows(), scales);

        PairwiseCorrelations.Result pairwise = fit.correlations();
        List<DriverReport.Driver> fitted = new ArrayList<>();
        for (KeyDriverModel.DriverFit d : fit.drivers()) {
            Question q = columns.get(d.column());
            double r = pairwise.r()[0][d.column()];
            fitted.add(new DriverReport.Driver(q.key(), q.type().key(), q.text(), q.minScore(), q.maxScore(), d.answered(), d.mean(),
                    d.performance(), d.rawWeight(), d.percentWeight(), d.beta(), d.betaStandardError(), d.betaPValue(), d.vif(),
                    defined(r), defined(pairwise.pValue()[0][d.column()]), pairwise.n()[0][d.column()], d.quadrant()));
        }
        fitted.sort(Comparator.comparingDouble(DriverReport.Driver::relativeWeight).reversed());
        List<DriverReport.DroppedDriver> dropped = fit.dropped().stream()
                .map(x -> new DriverReport.DroppedDriver(drivers.get(x.index()).key(), x.reason(),
                        x.with().stream().map(i -> drivers.get(i).key()).toList()))
                .toList();
        long answered = 0;
        double sum = 0;
        for (double[] row : matrix.rows()) {
            if (!Double.isNaN(row[0])) {
                answered++;
                sum += row[0];
            }
        }
        DriverReport.Outcome outcomeSummary = new DriverReport.Outcome(outcome.key(), outcome.type().key(), outcome.text(), outcome.minScore(),
                outcome.maxScore(), answered, sum / answered);
        return new DriverReport(survey.id(), survey.name(), request.from(), request.to(), outcomeSummary, answered, fit.complete(),
                fit.rSquared(), fit.adjustedRSquared(), fit.df(), fitted, dropped,
                new DriverReport.Thresholds(fit.importanceThreshold(), fit.performanceThreshold()), correlations(columns, pairwise));
    }

    /** The named outcome, or the survey's first NPS, CSAT or CES question. */
    private static Question outcome(Survey survey, String key) {
        List<Question> questions = survey.definition().questions();
        if (key != null) {
            Question q = survey.definition().question(key)
                    .orElseThrow(() -> InvalidInputException.of("outcomeQuestion", "the survey has no question " + key));
            if (!q.type().scored()) {
                throw InvalidInputException.of("outcomeQuestion", "must be a scored question (nps, csat, ces or rating), not " + q.type().key());
            }
            return q;
        }
        for (QuestionType type : List.of(QuestionType.NPS, QuestionType.CSAT, QuestionType.CES)) {
            Optional<Question> found = questions.stream().filter(q -> q.type() == type).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw InvalidInputException.of("outcomeQuestion", "is required: the survey has no NPS, CSAT or CES question to default to");
    }

    /** The named drivers (scored or yes/no questions other than the outcome), or every other scored question. */
    private static List<Question> drivers(Survey survey, Question outcome, List<String> keys) {
        if (keys == null) {
            List<Question> all = survey.definition().questions().stream()
                    .filter(q -> q.type().scored() && !q.key().equals(outcome.key()))
                    .toList();
            if (all.isEmpty()) {
                throw InvalidInputException.of("driverQuestions", "the survey has no scored question besides " + outcome.key()
                        + ": there is nothing to explain it with");
            }
            return all.size() < AnswerMatrix.MAX_QUESTIONS ? all : all.subList(0, AnswerMatrix.MAX_QUESTIONS - 1);
        }
        List<Question> drivers = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String field = "driverQuestions[" + i + "]";
            Question q = survey.definition().question(keys.get(i))
                    .orElseThrow(() -> InvalidInputException.of(field, "the survey has no such question"));
            if (q.key().equals(outcome.key())) {
                throw InvalidInputException.of(field, "is the outcome question");
            }
            if (!q.type().scored() && q.type() != QuestionType.YES_NO) {
                throw InvalidInputException.of(field, "must be a scored or yes/no question, not " + q.type().key());
            }
            drivers.add(q);
        }
        return drivers;
    }

    private static DriverReport.Correlations correlations(List<Question> columns, PairwiseCorrelations.Result pairwise) {
        int m = columns.size();
        Double[][] r = new Double[m][m];
        Double[][] p = new Double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                r[a][b] = defined(pairwise.r()[a][b]);
                p[a][b] = defined(pairwise.pValue()[a][b]);
            }
        }
        return new DriverReport.Correlations(columns.stream().map(Question::key).toList(), r, p, pairwise.n());
    }

    private static Double defined(double x) {
        return Double.isNaN(x) ? null : x;
    }
}
